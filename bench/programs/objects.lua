-- objects: the objects.py program with tables and metatables (classes as
-- tables with __index chains, properties as getter/setter methods).
local M = 1000000007

local Shape = {}
Shape.__index = Shape
function Shape.new(x, y)
  return setmetatable({x = x, y = y}, Shape)
end
function Shape.init(self, x, y)
  self.x = x
  self.y = y
end
function Shape:area() return 0 end
function Shape:move(dx, dy)
  self.x = self.x + dx
  self.y = self.y + dy
  return self
end
function Shape:weight() return self:area() + self.x + self.y end

local Rect = setmetatable({}, {__index = Shape})
Rect.__index = Rect
function Rect.init(self, x, y, w, h)
  Shape.init(self, x, y)
  self._w = w
  self.h = h
end
function Rect.new(x, y, w, h)
  local o = setmetatable({}, Rect)
  Rect.init(o, x, y, w, h)
  return o
end
function Rect:get_w() return self._w end
function Rect:set_w(v) if v > 0 then self._w = v else self._w = 1 end end
function Rect:area() return self._w * self.h end

local Square = setmetatable({}, {__index = Rect})
Square.__index = Square
function Square.new(x, y, s)
  local o = setmetatable({}, Square)
  Rect.init(o, x, y, s, s)
  return o
end
function Square:area() return Rect.area(self) + 1 end

local Circle = setmetatable({}, {__index = Shape})
Circle.__index = Circle
function Circle.new(x, y, r)
  local o = setmetatable({}, Circle)
  Shape.init(o, x, y)
  o.r = r
  return o
end
function Circle:area() return 3 * self.r * self.r end

local function is_rect(s)
  local mt = getmetatable(s)
  return mt == Rect or mt == Square
end

local function build(n)
  local shapes = {}
  for i = 0, n - 1 do
    local k = i % 3
    if k == 0 then
      shapes[#shapes + 1] = Rect.new(i, i + 1, i % 7 + 1, i % 5 + 1)
    elseif k == 1 then
      shapes[#shapes + 1] = Square.new(i, i, i % 9 + 1)
    else
      shapes[#shapes + 1] = Circle.new(i, 2 * i, i % 4 + 1)
    end
  end
  return shapes
end

local function run(rounds, n)
  local acc = 0
  local shapes = build(n)
  for r = 0, rounds - 1 do
    for _, s in ipairs(shapes) do
      s:move(1, -1)
      acc = (acc + s:weight()) % M
      if is_rect(s) then
        s:set_w(s:get_w() + (r % 3) - 1)
        acc = (acc + s:get_w()) % M
      end
    end
  end
  return acc
end

local function churn(n)
  local acc = 0
  for i = 0, n - 1 do
    local s = Square.new(i, i, i % 11 + 1)
    acc = (acc + s:area() + s:get_w()) % M
  end
  return acc
end

print(run(60, 3000), churn(150000))
