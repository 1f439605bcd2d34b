#!/bin/sh
# opcodes_doc.sh TOOL DOC — print DOC with the text between the
# "<!-- opcodes:begin -->" and "<!-- opcodes:end -->" markers replaced by
# TOOL's output (the opcode table generated from vm/opcodes.h).
tool=$1; doc=$2
awk -v tool="$tool" '
/<!-- opcodes:begin -->/ { print; while ((tool | getline l) > 0) print l; close(tool); skip = 1; next }
/<!-- opcodes:end -->/ { skip = 0 }
!skip { print }' "$doc"
