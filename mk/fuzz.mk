# fuzz.mk — issue 7: libFuzzer targets (clang only). The library is built
# a second time, instrumented (ASan + UBSan, coverage), in $(B)/fuzz/.
#   make fuzz FUZZ_SECONDS=N   runs each target N seconds (default 60)
#   make fuzz-build            only builds them
#   make fuzz-regress          replays fuzz/regress/<target>/* (every crash
#                              ever found) through its target

FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FZ           := $(B)/fuzz
FZ_SAN       := -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FZ_TARGETS   := $(patsubst fuzz/%.c,%,$(filter-out fuzz/fuzz_util.c,$(wildcard fuzz/fuzz_*.c)))
FZ_BINS      := $(FZ_TARGETS:%=$(FZ)/%)
FZ_LIB_OBJ   := $(LIB_SRC:%.c=$(FZ)/obj/%.o) $(GEN_C:$(B)/gen/%.c=$(FZ)/obj/gen/%.o)
FZ_AUX_SRC   := fuzz/fuzz_util.c bench/model.c bench/catalog.c bench/campaign.c bench/carts.c \
	bench/emit.c bench/emit_json.c
FZ_AUX_OBJ   := $(FZ_AUX_SRC:%.c=$(FZ)/obj/%.o) $(FZ)/obj/fixed.o

.PHONY: fuzz fuzz-build fuzz-regress

$(FZ)/obj/gen/%.o: $(B)/gen/%.c $(B)/gen/promo.tab.h $(B)/gen/promo.lex.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(WARN) -Wno-unused-function -Wno-sign-compare $(FZ_SAN) \
		-fsanitize=fuzzer-no-link -c $< -o $@

$(FZ)/obj/%.o: %.c $(B)/gen/promo.tab.h $(B)/gen/promo.lex.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(ALL_CPPFLAGS) $(WARN) $(FZ_SAN) -fsanitize=fuzzer-no-link -MMD -MP -c $< -o $@

# The cart target's fixed program, compiled in as text.
$(FZ)/obj/fixed.o: fuzz/fixed.promo scripts/embed.sh
	@mkdir -p $(dir $@)
	sh scripts/embed.sh fz_fixed_src fuzz/fixed.promo > $(FZ)/obj/fixed.c
	$(FUZZ_CC) -c $(FZ)/obj/fixed.c -o $@

$(FZ)/fuzz_%: $(FZ)/obj/fuzz/fuzz_%.o $(FZ_AUX_OBJ) $(FZ_LIB_OBJ)
	$(FUZZ_CC) $(FZ_SAN) -fsanitize=fuzzer -o $@ $^ $(LIBS)

-include $(FZ_LIB_OBJ:.o=.d) $(FZ_AUX_OBJ:.o=.d)

fuzz-build: $(FZ_BINS) $(B)/promo

fuzz: fuzz-build
	sh fuzz/run.sh $(B) $(FUZZ_SECONDS) $(FZ_TARGETS)

fuzz-regress: fuzz-build
	sh fuzz/run.sh $(B) 0 $(FZ_TARGETS)
