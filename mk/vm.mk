# vm.mk — the VM's extra targets.
# docs-opcodes: regenerate the opcode table in docs/bytecode.md from vm/opcodes.h.
.PHONY: docs-opcodes
$(B)/opcodes_md: scripts/opcodes_md.c vm/opinfo.c vm/opcodes.h
	@mkdir -p $(B)
	$(CC) -std=c11 -I. -o $@ scripts/opcodes_md.c vm/opinfo.c

docs-opcodes: $(B)/opcodes_md
	sh scripts/opcodes_doc.sh $(B)/opcodes_md docs/bytecode.md > docs/bytecode.md.tmp
	mv docs/bytecode.md.tmp docs/bytecode.md
