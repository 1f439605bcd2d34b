#!/bin/sh
# bytecode_doc.sh BUILD — docs/bytecode.md's opcode table must be what
# vm/opcodes.h generates (run `make docs-opcodes` after changing opcodes).
B=${1:-build}
mkdir -p "$B"
${CC:-cc} -std=c11 -I. -o "$B/opcodes_md" scripts/opcodes_md.c vm/opinfo.c || exit 1
sh scripts/opcodes_doc.sh "$B/opcodes_md" docs/bytecode.md | diff -u docs/bytecode.md - || {
	echo "docs/bytecode.md: opcode table out of date: run make docs-opcodes"; exit 1; }
