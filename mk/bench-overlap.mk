# bench-overlap: the overlap checker at 1k, 10k and 100k activities, each
# program with exactly one planted overlap that must be found on the right
# lines (issue 4). Prints one timing line per size; fails when the plant is
# missed, when anything else is reported, or when 100k takes 2 s or more.
.PHONY: bench-overlap
$(B)/bench/gen_overlap: bench/gen_overlap.c
	@mkdir -p $(B)/bench
	$(CC) $(WARN) $(CFLAGS) -o $@ $<

bench-overlap: $(B)/promo $(B)/bench/gen_overlap
	sh bench/overlap.sh $(B)
