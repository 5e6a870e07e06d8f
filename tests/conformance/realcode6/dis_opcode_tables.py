# dis and opcode: CPython 3.11's instruction tables, and the disassembly of 3.11 bytecode
# given as bytes (two small functions' code, written out): names, arguments, jump
# targets, cache units skipped, labels; Instruction records and their printed form.
import dis
import opcode

print(len(opcode.opname), opcode.opname[100], opcode.opname[3], opcode.opmap['RETURN_VALUE'])
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)
print(opcode.hasconst, opcode.hasname, opcode.haslocal, opcode.hascompare)
print(opcode.hasjrel, opcode.hasjabs, opcode.hasfree, opcode.hasnargs)
print(sorted(opcode.opmap.items(), key=lambda kv: kv[1])[-5:], len(opcode.opmap))
print([i for i, n in enumerate(opcode._inline_cache_entries) if n])
print(opcode._nb_ops[0], opcode._nb_ops[13], len(opcode._nb_ops))
print(dis.opname is opcode.opname, dis.HAVE_ARGUMENT, sorted(dis.__all__))
print(dis.COMPILER_FLAG_NAMES)
print(dis.pretty_flags(3), dis.pretty_flags(0x63), dis.pretty_flags(0x1000))

loop_code = (b'\x97\x00t\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00|\x00\xa6\x01\x00\x00'
             b'\xab\x01\x00\x00\x00\x00\x00\x00\x00\x00D\x00]\r}\x02|\x02d\x01z\x06\x00\x00'
             b'r\x06|\x01|\x02z\r\x00\x00}\x01\x8c\r\x8c\x0e|\x01r\x0cd\x02\x84\x00|\x01D\x00'
             b'\xa6\x00\x00\x00\xab\x00\x00\x00\x00\x00\x00\x00\x00\x00n\x03|\x00d\x03\x9b\x06S\x00')
while_code = b'\x97\x00|\x00r\x07|\x00d\x01z\x17\x00\x00}\x00|\x00\xb0\x07|\x00d\x00u\x00S\x00'
dis.dis(loop_code)
dis.dis(while_code)
print(dis.findlabels(loop_code), dis.findlabels(while_code))
print(dis.findlabels(b'\x90\x01q\x02' + b'\x00' * 600))

ins = dis.Instruction('LOAD_CONST', 100, 1, 'x', "'x'", 12, 7, True)
print(ins)
print(ins._disassemble())
print(ins._disassemble(lineno_width=0, mark_as_current=True))
print(dis.Instruction._fields, dis.Positions())
for bad in (loop_code, 42):
    try:
        dis.get_instructions(bad)
    except TypeError as exc:
        print('TypeError:', exc)
