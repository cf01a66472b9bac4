# escalate - Makefile (GNU make). Objects go to $(O), never into src/.
#
#   make              build $(O)/bin/escalate
#   make check        unit tests (Check), golden tests, command-line tests
#   make asan         the whole suite under AddressSanitizer + UBSan
#   make deps         install the Debian packages the build needs
#   make demo         analyze samples/ at a fixed moment
#   make install      PREFIX=/usr/local DESTDIR=

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DESTDIR ?=
PKG_CONFIG ?= pkg-config
O ?= build
WERROR ?= 1

DEBIAN_PACKAGES = build-essential pkg-config libpcre2-dev libxml2-dev \
	libmagic-dev libjansson-dev libarchive-dev check libsubunit-dev jq \
	libxml2-utils pcre2-utils time python3
# Outlook .msg (OLE compound files), .pst/.ost mailboxes, TNEF (winmail.dat).
DEBIAN_PACKAGES += libolecf-dev libbfio-dev libpst-dev libytnef0-dev

# V=1 shows the full commands.
ifeq ($(V),1)
Q =
say = @true
else
Q = @
say = @printf '  %-7s %s\n'
endif

PKGS = libpcre2-8 libxml-2.0 libmagic jansson libarchive
PKGS += libolecf libbfio libpst libytnef
CFLAGS ?= -g -O2
ESC_CPPFLAGS = -Iinclude -I$(O)/gen -D_XOPEN_SOURCE=700 -D_FORTIFY_SOURCE=2
ESC_CFLAGS = -std=c11 -Wall -Wextra -Wshadow -Wformat=2 \
	-Wstrict-prototypes -Wmissing-prototypes -Wvla \
	-fstack-protector-strong -pthread -MMD -MP
ifeq ($(WERROR),1)
ESC_CFLAGS += -Werror
endif
ifdef FUZZ
ESC_CFLAGS += -fsanitize=fuzzer-no-link
endif
ifdef SANITIZE
ESC_CFLAGS += -fsanitize=$(SANITIZE) -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
ESC_LDFLAGS += -fsanitize=$(SANITIZE)
endif
# Flags from pkg-config are asked for when a recipe first needs them, not
# when this file is read: in `make deps demo` the packages (pkg-config
# too) are installed by then. Each answer is kept once computed.
pkg_ask = $(shell $(PKG_CONFIG) $(1) $(2) 2>/dev/null || echo '?missing')
pkg_need = $(if $(filter ?missing,$(1)),$(error missing build \
	dependencies ($(2)): on Debian run 'make deps' as root, or install \
	them and pkg-config),$(1))
pkg_flags = $(call pkg_need,$(call pkg_ask,$(1),$(2)),$(2))
DEP_CFLAGS = $(eval DEP_CFLAGS := $(call pkg_flags,--cflags,$(PKGS)))$(DEP_CFLAGS)
DEP_LIBS = $(eval DEP_LIBS := $(call pkg_flags,--libs,$(PKGS)))$(DEP_LIBS)
CHECK_CFLAGS = $(eval CHECK_CFLAGS := $(call pkg_flags,--cflags,check))$(CHECK_CFLAGS)
CHECK_LIBS = $(eval CHECK_LIBS := $(call pkg_flags,--libs,check))$(CHECK_LIBS)
# With -j, `make deps demo` still builds nothing before deps is done.
DEPS_FIRST := $(filter deps,$(MAKECMDGOALS))

ALL_CFLAGS = $(ESC_CPPFLAGS) $(ESC_CFLAGS) $(DEP_CFLAGS) $(CPPFLAGS) $(CFLAGS)
ALL_LDFLAGS = -pthread $(ESC_LDFLAGS) $(LDFLAGS)

SRCS := $(sort $(wildcard src/*.c))
LIB_SRCS := $(filter-out src/main.c,$(SRCS))
LIB_OBJS := $(LIB_SRCS:%.c=$(O)/obj/%.o) $(O)/obj/gen/embedded.o
TEST_SRCS := $(sort $(wildcard tests/check_*.c)) tests/corpus.c tests/fixture.c \
	tests/suite.c
TEST_OBJS := $(TEST_SRCS:%.c=$(O)/obj/%.o)
DATA_FILES := $(sort $(wildcard src/patterns/*/*.pat src/patterns/mail/*.txt \
	src/drafts/*.txt \
	src/calendars/*.txt src/law/*.txt))

BIN = $(O)/bin/escalate
UNIT = $(O)/bin/unit
BENCHGEN = $(O)/bin/benchgen
LIB = $(O)/lib/libescalate.a

.PHONY: all check unit golden cli-tests asan deps demo install uninstall \
	clean golden-update valgrind check-install replay fuzz fuzz-build \
	report-tests

all: $(BIN) escalate

# ./escalate at the top for convenience: a link to the built binary.
escalate: $(BIN)
	ln -sf $(BIN) $@

$(O)/gen/embedded.c: $(DATA_FILES) scripts/embed.sh | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) EMBED $@
	$(Q)sh scripts/embed.sh src $(DATA_FILES) > $@.tmp && mv $@.tmp $@

$(O)/gen/suites.inc: $(TEST_SRCS) scripts/gen_suites.sh
	@mkdir -p $(@D)
	$(Q)sh scripts/gen_suites.sh $(filter-out tests/check_main.c,$(TEST_SRCS)) > $@.tmp && mv $@.tmp $@

$(O)/obj/gen/embedded.o: $(O)/gen/embedded.c
	@mkdir -p $(@D)
	$(say) CC $@
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/obj/src/%.o: src/%.c | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/obj/tests/%.o: tests/%.c | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<

$(O)/obj/tests/check_main.o: $(O)/gen/suites.inc

$(LIB): $(LIB_OBJS)
	@mkdir -p $(@D)
	$(say) AR $@
	$(Q)rm -f $@
	$(Q)$(AR) rcs $@ $^

$(BIN): $(O)/obj/src/main.o $(LIB)
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS)

$(UNIT): $(TEST_OBJS) $(LIB)
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS) $(CHECK_LIBS)

FUZZ_TARGETS = eml reader mbox patterns analyze codecs chat tghtml html json unpack \
	deadline
FUZZ_TARGETS += meta msg tnef pst
FUZZ_SECONDS ?= 60
# Seconds one input may take before libFuzzer reports it as a hang.
FUZZ_TIMEOUT ?= 25
FUZZ_BINS = $(FUZZ_TARGETS:%=$(O)/bin/fuzz_%)
REPLAY_BINS = $(FUZZ_TARGETS:%=$(O)/bin/replay_%)

$(O)/obj/tests/fuzz/%.o: tests/fuzz/%.c | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/bin/replay_%: $(O)/obj/tests/fuzz/fuzz_%.o $(O)/obj/tests/fuzz/replay.o $(LIB)
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS)

$(O)/bin/fuzz_%: $(O)/obj/tests/fuzz/fuzz_%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -fsanitize=fuzzer -o $@ $^ $(DEP_LIBS)

# Replays the crash regressions and the seeds through every fuzz entry.
replay: $(REPLAY_BINS)
	for t in $(FUZZ_TARGETS); do \
		find tests/fuzz/regressions/$$t samples tests/data -type f ! -name .keep \
			-exec $(O)/bin/replay_$$t {} + || exit 1; \
	done

fuzz-build: $(FUZZ_BINS)

# libFuzzer with clang, ASan + UBSan; FUZZ_SECONDS per target. Crashes
# land in build-fuzz/; move them to tests/fuzz/regressions/TARGET/.
fuzz:
	$(MAKE) O=build-fuzz CC=clang FUZZ=1 SANITIZE=address,undefined \
		CFLAGS="-g -O1" fuzz-build
	for t in $(FUZZ_TARGETS); do \
		mkdir -p build-fuzz/corpus/$$t && \
		TMPDIR=$$(test -d /dev/shm && echo /dev/shm || echo /tmp) \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		build-fuzz/bin/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) \
			-timeout=$(FUZZ_TIMEOUT) \
			-artifact_prefix=build-fuzz/crash-$$t- \
			build-fuzz/corpus/$$t tests/fuzz/regressions/$$t samples \
			tests/data || exit 1; \
	done

check: all unit golden cli-tests report-tests archive-tests completion-tests \
	replay bench-smoke prefilter-tests hostile eval eval-conv-gate pieces \
	eval-conv-law \
	outlook-tests \
	peer-replies include-graph

unit: $(UNIT)
	$(UNIT)

# No include cycle among the modules of src/ and include/, no source
# file over 700 lines (but the known exceptions the script lists).
.PHONY: include-graph
include-graph:
	sh tests/include-graph.sh

golden: $(BIN)
	sh tests/golden.sh $(BIN)

cli-tests: $(BIN) $(BENCHGEN)
	sh tests/cli.sh $(BIN) $(BENCHGEN)

# A directory of damaged and hostile files, built under $(O) (SPEC 9).
.PHONY: hostile
hostile: $(BIN)
	sh tests/hostile.sh $(BIN) $(O)/hostile

report-tests: $(BIN)
	sh tests/report.sh $(BIN)

# Outlook mailboxes, .msg, TNEF and Meta exports, end to end.
.PHONY: outlook-tests
outlook-tests: $(BIN)
	sh tests/outlook.sh $(BIN)

# Bash, zsh and fish completions; installed by make install.
.PHONY: completion-tests
completion-tests: $(BIN)
	sh tests/completions.sh $(BIN)

# Archives, compressed files, bombs, pipes, --exclude, own reports.
.PHONY: archive-tests
archive-tests: $(BIN)
	sh tests/archives.sh $(BIN)

# Reply extraction against the peers' test-suite expectations
# (../shared/peer-replies; skipped when absent): docs/eval.md.
.PHONY: peer-replies
peer-replies: $(BIN)
	sh tests/peer-replies.sh $(BIN)

# The literal prefilter changes no finding (ESCALATE_NO_PREFILTER=1).
# An mbox read in pieces gives what reading it whole gives.
.PHONY: pieces
pieces: $(BIN)
	sh tests/pieces.sh $(BIN)

.PHONY: prefilter-tests
prefilter-tests: $(BIN) $(BENCHGEN)
	sh tests/prefilter.sh $(BIN) $(BENCHGEN)

# The labeled evaluation set (docs/eval.md): precision/recall per
# detector and language; fails below the thresholds in tools/eval.c.
EVAL = $(O)/bin/eval
EVAL_SETS = $(sort $(wildcard tests/eval/*.txt))

.PHONY: eval

$(O)/obj/tools/eval.o: tools/eval.c | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(EVAL): $(O)/obj/tools/eval.o $(LIB)
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS)

eval: $(EVAL)
	$(EVAL) $(EVAL_SETS)

# The held-out set (docs/eval.md): written without looking at the
# patterns, never used for tuning. Prints the table only: eval exits 1
# below a threshold, which is ignored here; 2 (a bad set file) still fails.
EVAL_HOLDOUT = $(sort $(wildcard tests/eval/holdout/*.txt))
# A second held-out set, measured on its own so the figures stay apart.
EVAL_HOLDOUT2 = $(sort $(wildcard tests/eval/holdout2/*.txt))

.PHONY: eval-holdout

eval-holdout: $(EVAL)
	$(EVAL) $(EVAL_HOLDOUT) || test $$? -eq 1
	@echo "holdout2:"
	$(EVAL) $(EVAL_HOLDOUT2) || test $$? -eq 1

# The conversation-level evaluation (docs/eval-conv.md): whole cases in
# their real formats, scored end to end. The tuning part is gated (a
# regression guard at the level reached); the blind parts are scored
# only. EVAL_CONV_FLAGS=-v lists every mistake (never on a blind part
# for pattern work).
EVAL_CONV = $(O)/bin/eval_conv
EVAL_CONV_FLAGS ?=
# The tuning part's figures at the level reached (docs/eval-conv.md); raise
# them as detection improves, never lower one to pass.
EVAL_CONV_GATE = --min action=0.95 --min deadlines.p=0.98 \
	--min deadlines.r=0.95 --min vague.f1=0.90 --min templates.f1=0.92 \
	--min refusals.f1=0.95 --min resolutions.f1=0.95 \
	--min reopens.f1=0.80 --min requests.f1=0.90 --min tickets.f1=0.97
EVAL_CONV_TUNE = tests/conv/tune tests/conv/tune2

.PHONY: eval-conv eval-conv-gate

$(O)/obj/tools/eval_conv.o: tools/eval_conv.c | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(EVAL_CONV): $(O)/obj/tools/eval_conv.o $(LIB)
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS)

eval-conv-gate: $(BIN) $(EVAL_CONV)
	$(EVAL_CONV) --bin $(BIN) $(EVAL_CONV_GATE) $(EVAL_CONV_FLAGS) $(EVAL_CONV_TUNE)

# The scorer's legal deadlines (docs/eval-conv.md): two cases written for
# it, scored apart from promises; every figure must be exact.
.PHONY: eval-conv-law
eval-conv-law: $(BIN) $(EVAL_CONV)
	$(EVAL_CONV) --bin $(BIN) --min law.f1=1 --min deadlines.p=1 \
		--min action=1 tests/data/conv-law

eval-conv: $(BIN) $(EVAL_CONV)
	@echo "== $(EVAL_CONV_TUNE) (the tuning parts, gated)"
	$(EVAL_CONV) --bin $(BIN) $(EVAL_CONV_GATE) $(EVAL_CONV_FLAGS) $(EVAL_CONV_TUNE)
	@for p in tests/conv/tune3 tests/conv/tune4 tests/conv/tune5 tests/conv/tune6 tests/conv/tune7 tests/conv/tune8; do \
		echo "== $$p (read for error analysis after its first run; scored only)"; \
		$(EVAL_CONV) --bin $(BIN) $$p || [ $$? -eq 1 ] || exit 1; \
	done
	@for p in tests/conv/blind*/; do \
		[ -d "$$p" ] || continue; \
		echo "== $$p (blind: scored only)"; \
		$(EVAL_CONV) --bin $(BIN) $$p || [ $$? -eq 1 ] || exit 1; \
	done

golden-update: $(BIN)
	sh tests/golden.sh --update $(BIN)

# Sanitized code runs several times slower: Check's per-test timeouts are
# stretched so that a loaded machine does not time a test out.
# tests/lsan.supp: leaks inside the Outlook libraries, not ours.
asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	CK_TIMEOUT_MULTIPLIER=$${CK_TIMEOUT_MULTIPLIER:-4} \
		$(MAKE) O=build-asan SANITIZE=address,undefined CFLAGS="-g -O1" check

# ESCALATE_NO_JIT: valgrind flags the PCRE2 JIT's vector reads.
valgrind: $(BIN) $(UNIT)
	ESCALATE_NO_JIT=1 CK_FORK=no valgrind -q --leak-check=full --suppressions=tests/valgrind.supp --error-exitcode=1 $(UNIT)
	ESCALATE_NO_JIT=1 VALGRIND="valgrind -q --leak-check=full --suppressions=tests/valgrind.supp --errors-for-leak-kinds=definite,indirect --error-exitcode=1" sh tests/golden.sh $(BIN)

deps:
	apt-get update
	apt-get install -y $(DEBIAN_PACKAGES)

# ./escalate is made too, for README's examples.
demo: all
	$(BIN) --now 2026-11-28T12:00:00+03:00 --tz Europe/Moscow samples/; \
	status=$$?; [ $$status -le 1 ] || exit $$status

# Shell completions go where bash-completion, zsh and fish look for them
# under PREFIX (for /usr/local, zsh's site-functions is in its fpath).
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
		$(DESTDIR)$(FISHCOMPDIR)
	install -m 0755 $(BIN) $(DESTDIR)$(BINDIR)/escalate
	install -m 0644 docs/escalate.1 $(DESTDIR)$(MANDIR)/man1/escalate.1
	install -m 0644 src/completions/escalate.bash $(DESTDIR)$(BASHCOMPDIR)/escalate
	install -m 0644 src/completions/_escalate $(DESTDIR)$(ZSHCOMPDIR)/_escalate
	install -m 0644 src/completions/escalate.fish $(DESTDIR)$(FISHCOMPDIR)/escalate.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/escalate $(DESTDIR)$(MANDIR)/man1/escalate.1 \
		$(DESTDIR)$(BASHCOMPDIR)/escalate $(DESTDIR)$(ZSHCOMPDIR)/_escalate \
		$(DESTDIR)$(FISHCOMPDIR)/escalate.fish

check-install:
	rm -rf $(O)/pkg
	$(MAKE) install DESTDIR=$(CURDIR)/$(O)/pkg
	$(MAKE) uninstall DESTDIR=$(CURDIR)/$(O)/pkg
	test -z "$$(find $(O)/pkg -type f)"

# The benchmark (docs/performance.md): reproducible mailboxes under
# $(O)/bench/, BENCH_MB MiB of mixed mail (half attachments) and
# BENCH_TEXT_MB MiB of mostly text, escalate -j1/-j2 against pcre2grep.
# BENCH_KINDS="text" runs one of them.
BENCH_MB ?= 100
BENCH_TEXT_MB ?= 8
BENCH_RUNS ?= 3
BENCH_KINDS ?= mixed text

.PHONY: bench bench-smoke

$(O)/obj/tools/benchgen.o: tools/benchgen.c | $(DEPS_FIRST)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BENCHGEN): $(O)/obj/tools/benchgen.o
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^

bench: $(BIN) $(BENCHGEN)
	for k in $(BENCH_KINDS); do \
		mb=$(BENCH_MB); [ "$$k" != text ] || mb=$(BENCH_TEXT_MB); \
		sh scripts/bench.sh $(BIN) $(BENCHGEN) $(O)/bench $$mb \
			$(BENCH_RUNS) $$k || exit 1; \
	done

bench-smoke: $(BIN) $(BENCHGEN)
	sh tests/bench-smoke.sh $(BIN) $(BENCHGEN)

clean:
	rm -rf $(O) build-asan build-fuzz escalate

.SECONDARY:

-include $(shell find $(O)/obj -name '*.d' 2>/dev/null)
