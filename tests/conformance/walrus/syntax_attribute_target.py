point = object()
(point.x := 1)
