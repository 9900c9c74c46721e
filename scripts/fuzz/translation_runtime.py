"""The C source of the translation checks' runtime (see translation.py):
compiled by clang-22 to IR and linked into every harness."""

SOURCE = r"""
/* The runtime of the translation checks (scripts/fuzz/translation.py): input
 * generation, the memory model that the guard copy checks against, the hash
 * that stubs of external functions fold their calls into, and the comparison
 * of the original and optimized runs.  Compiled once by clang-22 to IR and
 * linked with each generated harness; run by lli-22.
 *
 * Every run (guard, original, optimized) of one input starts from the same
 * state: the same argument words, buffers refilled from the same seed, the
 * module's globals restored to their initial bytes, the hash reset.  The
 * guard copy calls __tc_* checks; the first one that fails jumps back here and
 * the input is counted as a UB input, never compared. */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

enum { OK = 0, UB = 2, CRASH = 3, TIMEOUT = 4, NORETURN = 5 };
enum { MAX_REGIONS = 65536, MAX_PARAMS = 64, STEP_LIMIT = 50000, DEPTH_LIMIT = 200,
       REASONS = 32 };

typedef struct {
    unsigned char *start;
    uint64_t size;
    int writable, live, fixed, is_alloca;
    unsigned char *shadow;   /* 1: initialized byte */
    unsigned char *dontcare; /* 1: holds a stack address, not compared */
    unsigned char *initial;  /* globals: the bytes to restore */
    int init;                /* globals: initializer free of undef */
} Region;

static Region regions[MAX_REGIONS];
static int region_count, global_count;
static sigjmp_buf jump;
static volatile int armed;
static int ub_code;
static uint64_t steps, hash_state;
static int depth;
static uint64_t seed = 1;
static const char *reason_names[REASONS] = {
    "other", "nsw/nuw overflow", "exact", "shift amount", "division", "disjoint",
    "trunc nuw/nsw", "nneg", "samesign", "poison/undef operand", "unreachable",
    "memory out of bounds", "misaligned", "dead alloca", "uninitialized load",
    "store to constant", "gep out of bounds", "step limit", "recursion depth", "assume",
    "abs/ctlz/cttz", "memcpy overlap", "load of padding bits", "range attribute",
    "nonnull attribute", "gep nuw", "fp to int", "select poison arm",
    "external without a stub"};

static void fail(int code) {
    ub_code = code;
    siglongjmp(jump, UB);
}

static void on_signal(int sig) {
    if (!armed) {
        signal(sig, SIG_DFL);
        raise(sig);
    }
    armed = 0;
    siglongjmp(jump, sig == SIGALRM ? TIMEOUT : CRASH);
}

static uint64_t mix64(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static Region *find(const unsigned char *p, uint64_t size) {
    for (int i = region_count - 1; i >= 0; i--) {
        Region *r = &regions[i];
        if (p >= r->start && size <= r->size && (uint64_t)(p - r->start) <= r->size - size)
            return r;
    }
    return NULL;
}

void __tc_global(void *p, uint64_t size, int writable, int init) {
    if (region_count >= MAX_REGIONS / 2) {
        fprintf(stderr, "too many globals\n");
        exit(2);
    }
    Region *r = &regions[region_count++];
    memset(r, 0, sizeof *r);
    r->start = p;
    r->size = size;
    r->writable = writable;
    r->live = 1;
    r->fixed = 1;
    r->init = init;
    r->shadow = malloc(size + 1);
    r->dontcare = calloc(size + 1, 1);
    r->initial = malloc(size + 1);
    memcpy(r->initial, p, size);
    global_count = region_count;
}

void __tc_check(int bad, int code) {
    if (bad)
        fail(code);
}

void __tc_step(void) {
    if (++steps > STEP_LIMIT)
        fail(17);
}

int __tc_frame_push(void) {
    if (++depth > DEPTH_LIMIT)
        fail(18);
    return region_count;
}

void __tc_frame_pop(int count) {
    for (int i = count; i < region_count; i++)
        free(regions[i].shadow);
    region_count = count;
    depth--;
}

void __tc_alloca(void *p, uint64_t size, int live) {
    if (region_count >= MAX_REGIONS)
        fail(18);
    Region *r = &regions[region_count++];
    memset(r, 0, sizeof *r);
    r->start = p;
    r->size = size;
    r->writable = 1;
    r->live = live;
    r->is_alloca = 1;
    r->shadow = calloc(size + 1, 1);
}

void __tc_lifetime(void *p, int start) {
    for (int i = region_count - 1; i >= 0; i--)
        if (regions[i].is_alloca && regions[i].start == p) {
            regions[i].live = start;
            memset(regions[i].shadow, 0, regions[i].size);
            return;
        }
}

void __tc_mem(void *pointer, uint64_t size, uint64_t align, int store) {
    unsigned char *p = pointer;
    if (size == 0)
        return;
    if (align > 1 && (uintptr_t)p % align)
        fail(12);
    Region *r = find(p, size);
    if (!r)
        fail(11);
    if (!r->live)
        fail(13);
    uint64_t at = (uint64_t)(p - r->start);
    if (store) {
        if (!r->writable)
            fail(15);
        memset(r->shadow + at, 1, size);
        if (r->dontcare)
            memset(r->dontcare + at, 0, size);
        return;
    }
    for (uint64_t i = 0; i < size; i++)
        if (!r->shadow[at + i])
            fail(14);
}

void __tc_load_pad(void *pointer, uint64_t size, int bits) {
    unsigned char *p = pointer;
    for (uint64_t bit = (uint64_t)bits; bit < size * 8; bit++)
        if (p[bit / 8] >> (bit % 8) & 1)
            fail(22);
}

static int fixed_pointer(const void *v) {
    const unsigned char *p = v;
    if (!p)
        return 1;
    for (int i = 0; i < region_count; i++)
        if (regions[i].fixed && p >= regions[i].start && p <= regions[i].start + regions[i].size)
            return 1;
    return 0;
}

void __tc_store_ptr(void *dst, void *value) {
    if (fixed_pointer(value))
        return;
    Region *r = find(dst, 8);
    if (r && r->dontcare)
        memset(r->dontcare + ((unsigned char *)dst - r->start), 1, 8);
}

void __tc_gep(void *base_pointer, void *result_pointer, int nuw) {
    unsigned char *base = base_pointer, *result = result_pointer;
    if (base == result)
        return;
    if (nuw && result < base)
        fail(25);
    for (int i = region_count - 1; i >= 0; i--) {
        Region *r = &regions[i];
        if (base >= r->start && base <= r->start + r->size && result >= r->start &&
            result <= r->start + r->size)
            return;
    }
    fail(16);
}

void __tc_memcpy(void *dst, void *src, uint64_t n, int overlap_ok) {
    if (n == 0)
        return;
    unsigned char *d = dst, *s = src;
    if (!overlap_ok && d != s && d < s + n && s < d + n)
        fail(21);
    Region *rs = find(s, n), *rd = find(d, n);
    if (!rs || !rd)
        fail(11);
    if (!rs->live || !rd->live)
        fail(13);
    if (!rd->writable)
        fail(15);
    memmove(rd->shadow + (d - rd->start), rs->shadow + (s - rs->start), n);
    if (rd->dontcare)
        memset(rd->dontcare + (d - rd->start), 0, n);
}

void __tc_memset(void *dst, uint64_t n) {
    __tc_mem(dst, n, 1, 1);
}

uint64_t __tc_mix(uint64_t h, uint64_t x) { return mix64(h ^ mix64(x)); }

static uint64_t canonical_pointer(const void *v) {
    const unsigned char *p = v;
    if (!p)
        return 0;
    for (int i = 0; i < region_count; i++)
        if (regions[i].fixed && p >= regions[i].start && p <= regions[i].start + regions[i].size)
            return ((uint64_t)(i + 1) << 40) | (uint64_t)(p - regions[i].start);
    return 1; /* a stack or unknown address: its value is not compared */
}

uint64_t __tc_mix_ptr(uint64_t h, void *p) { return __tc_mix(h, canonical_pointer(p)); }

uint64_t __tc_effect(uint64_t h) {
    hash_state = mix64(hash_state ^ h);
    return hash_state;
}

void __tc_noreturn(uint64_t h) {
    hash_state = mix64(hash_state ^ h ^ 0x6e6f7265ULL);
    siglongjmp(jump, NORETURN);
}

/* ---- inputs ---- */

static uint64_t rng_state;
static uint64_t next(void) { return rng_state = mix64(rng_state); }

static void set_bit(uint64_t *w, int bit) { w[bit / 64] |= 1ULL << (bit % 64); }

static void sign_fill(uint64_t *w, int words, int64_t v) {
    for (int i = 0; i < words; i++)
        w[i] = i == 0 ? (uint64_t)v : (v < 0 ? ~0ULL : 0);
}

/* An integer of `bits` bits: edge values, small values, or random bits. */
static void gen_int(uint64_t *w, int words, int bits, int mode) {
    memset(w, 0, (size_t)words * 8);
    if (bits == 1) {
        w[0] = next() & 1;
        return;
    }
    int choice = mode == 3 ? (int)(next() % 3) : mode;
    if (choice == 1) {
        for (int i = 0; i < words; i++)
            w[i] = next();
        return;
    }
    if (choice == 2) {
        sign_fill(w, words, (int64_t)(next() % 33) - 16);
        return;
    }
    int k = (int)(next() % (uint64_t)bits);
    switch (next() % 14) {
    case 0: break;
    case 1: w[0] = 1; break;
    case 2: sign_fill(w, words, -1); break;
    case 3: set_bit(w, bits - 1); break;                                  /* INT_MIN */
    case 4: sign_fill(w, words, -1); w[(bits - 1) / 64] &= ~(1ULL << ((bits - 1) % 64)); break;
    case 5: set_bit(w, bits - 1); w[0] |= 1; break;                        /* INT_MIN+1 */
    case 6: sign_fill(w, words, -1); w[(bits - 1) / 64] &= ~(1ULL << ((bits - 1) % 64));
            w[0] &= ~1ULL; break;                                          /* INT_MAX-1 */
    case 7: set_bit(w, k); break;                                          /* 2^k */
    case 8: for (int b = 0; b < k; b++) set_bit(w, b); break;             /* 2^k-1 */
    case 9: sign_fill(w, words, -1); for (int b = 0; b < k; b++) w[b / 64] &= ~(1ULL << (b % 64));
            break;                                                         /* -2^k */
    case 10: w[0] = (uint64_t)bits - 1; break;
    case 11: w[0] = (uint64_t)bits; break;
    case 12: w[0] = 2; break;
    default: sign_fill(w, words, -2); break;
    }
}

static void gen_float(uint64_t *w, int bits, int mode) {
    static const double edges[] = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 1e30, -1e30, 3.0, 255.0};
    uint64_t r = next();
    double d;
    if (mode == 1) {
        w[0] = bits == 32 ? (uint32_t)r : r;
        return;
    }
    switch (r % 14) {
    case 10: d = __builtin_inf(); break;
    case 11: d = -__builtin_inf(); break;
    case 12: d = __builtin_nan(""); break;
    case 13: d = (double)((int64_t)(next() % 65) - 32); break;
    default: d = edges[r % 10];
    }
    if (bits == 32) {
        float f = (float)d;
        uint32_t u;
        memcpy(&u, &f, 4);
        w[0] = u;
    } else {
        memcpy(&w[0], &d, 8);
    }
}

static void fill_buffer(unsigned char *b, uint64_t n, int pattern) {
    for (uint64_t i = 0; i < n; i++) {
        uint64_t r = next();
        switch (pattern) {
        case 0: b[i] = (unsigned char)r; break;
        case 1: b[i] = 0; break;
        case 2: b[i] = i % 4 == 0 ? (unsigned char)(r % 8) : 0; break;
        case 3: b[i] = 0xff; break;
        default: b[i] = (unsigned char)(r & 1); break;
        }
    }
}

/* ---- one function ---- */

typedef void (*Wrapper)(uint64_t *args, uint64_t *result);

static long total_inputs, total_checked, total_ub, total_mismatches;

static int run(Wrapper w, uint64_t *args, uint64_t *result) {
    struct itimerval limit = {{0, 0}, {2, 0}}, off = {{0, 0}, {0, 0}};
    int outcome = sigsetjmp(jump, 1);
    if (outcome == 0) {
        armed = 1;
        setitimer(ITIMER_REAL, &limit, NULL);
        w(args, result);
    }
    armed = 0;
    setitimer(ITIMER_REAL, &off, NULL);
    return outcome;
}

static void print_words(const char *label, const uint64_t *w, int n) {
    printf(" %s=", label);
    for (int i = 0; i < n; i++)
        printf("%s0x%llx", i ? "," : "", (unsigned long long)w[i]);
}

/* pdesc: per parameter kind (0 int, 1 ptr, 2 float), bits, words, buffer size.
 * rdesc: per result field kind, bits, words. */
void __tc_run(int id, const char *name, int nparams, const int *pdesc, int nfields,
              const int *rdesc, Wrapper guard, Wrapper orig, Wrapper opt, Wrapper opt_guard,
              int inputs) {
    int words = 0, rwords = 0, fixed = global_count;
    unsigned char *buffers[MAX_PARAMS] = {0};
    for (int i = 0; i < nparams; i++) {
        words += pdesc[4 * i + 2];
        if (pdesc[4 * i] != 1)
            continue;
        uint64_t size = (uint64_t)pdesc[4 * i + 3];
        buffers[i] = aligned_alloc(64, (size + 63) / 64 * 64);
        Region *r = &regions[fixed++];
        memset(r, 0, sizeof *r);
        r->start = buffers[i];
        r->size = size;
        r->writable = r->live = r->fixed = 1;
        r->shadow = malloc(size + 1);
        r->dontcare = calloc(size + 1, 1);
    }
    for (int i = 0; i < nfields; i++)
        rwords += rdesc[3 * i + 2];
    uint64_t *args = calloc((size_t)words + 1, 8), *ro = calloc((size_t)rwords + 1, 8),
             *rp = calloc((size_t)rwords + 1, 8);
    uint64_t total_size = 0;
    for (int g = 0; g < fixed; g++)
        total_size += regions[g].size;
    unsigned char *snapshot = malloc(total_size + 1);
    long checked = 0, ub = 0, mismatches = 0, guard_fail = 0, orig_fail = 0, introduced = 0;
    long reasons[REASONS] = {0};

    for (int c = 0; c < inputs; c++) {
        uint64_t input_seed = mix64(seed ^ mix64((uint64_t)id * 0x10001ULL + (uint64_t)c));
        rng_state = input_seed;
        int mode = c < 4 ? 0 : c % 4;
        int at = 0;
        for (int i = 0; i < nparams; i++) {
            int kind = pdesc[4 * i], bits = pdesc[4 * i + 1], n = pdesc[4 * i + 2];
            if (kind == 1)
                memcpy(&args[at], &buffers[i], 8);
            else if (kind == 2)
                gen_float(&args[at], bits, mode);
            else if (c < 3) {
                memset(&args[at], 0, (size_t)n * 8);
                if (c == 1) args[at] = 1;
                if (c == 2) sign_fill(&args[at], n, -1);
            } else
                gen_int(&args[at], n, bits, mode);
            at += n;
        }
        int pattern = (int)(mix64(input_seed) % 5);
        int orig_outcome = OK;
        uint64_t orig_hash = 0;
        for (int phase = 0; phase < 4; phase++) {
            if (phase == 3 && !opt_guard)
                break;
            /* the same starting state for each of the three runs */
            for (int i = fixed; i < region_count; i++)
                free(regions[i].shadow);
            region_count = fixed;
            for (int g = 0; g < global_count; g++) {
                Region *r = &regions[g];
                if (r->writable)
                    memcpy(r->start, r->initial, r->size);
                memset(r->shadow, r->init, r->size);
            }
            rng_state = mix64(input_seed ^ 0xb0ffe75ULL);
            for (int g = global_count; g < fixed; g++) {
                fill_buffer(regions[g].start, regions[g].size, pattern);
                memset(regions[g].shadow, 1, regions[g].size);
            }
            if (phase == 0)
                for (int g = 0; g < fixed; g++)
                    memset(regions[g].dontcare, 0, regions[g].size);
            hash_state = 0x1234567;
            steps = 0;
            depth = 0;
            uint64_t *result = phase == 2 ? rp : ro;
            if (phase == 3)
                result = rp;
            memset(result, 0, (size_t)rwords * 8 + 8);
            Wrapper runs[4] = {guard, orig, opt, opt_guard};
            int outcome = run(runs[phase], args, result);
            if (phase == 3) {
                /* the optimized code, checked like the original: immediate UB where
                 * the original had none is a miscompile.  Poison alone is not (the
                 * optimizer may compute poison that nothing uses), nor is a longer run */
                int immediate = ub_code == 4 || ub_code == 10 || ub_code == 11 ||
                                ub_code == 12 || ub_code == 13 || ub_code == 15 ||
                                ub_code == 19 || ub_code == 21;
                if (outcome == UB && immediate) {
                    introduced++;
                    if (introduced <= 3)
                        printf("INTRODUCED %s input=%d reason=%s\n", name, c,
                               ub_code < REASONS && reason_names[ub_code] ? reason_names[ub_code]
                                                                       : "?");
                }
                continue;
            }
            if (phase == 0) {
                if (outcome == UB) {
                    ub++;
                    reasons[ub_code < REASONS ? ub_code : 0]++;
                    break;
                }
                if (outcome == CRASH || outcome == TIMEOUT) {
                    guard_fail++;
                    break;
                }
                /* bytes left uninitialized (copied from undefined memory) hold undef */
                for (int g = 0; g < fixed; g++)
                    for (uint64_t i = 0; i < regions[g].size; i++)
                        regions[g].dontcare[i] |= !regions[g].shadow[i];
                continue;
            }
            if (phase == 1) {
                orig_outcome = outcome;
                orig_hash = hash_state;
                uint64_t off = 0;
                for (int g = 0; g < fixed; g++) {
                    memcpy(snapshot + off, regions[g].start, regions[g].size);
                    off += regions[g].size;
                }
                if (outcome == CRASH || outcome == TIMEOUT || outcome == UB) {
                    orig_fail++;
                    break;
                }
                continue;
            }
            checked++;
            const char *what = NULL;
            if (outcome != orig_outcome)
                what = outcome == CRASH ? "crash" : outcome == TIMEOUT ? "timeout" : "outcome";
            for (int f = 0, w = 0; f < nfields && !what && outcome == OK; f++) {
                int kind = rdesc[3 * f], bits = rdesc[3 * f + 1], n = rdesc[3 * f + 2];
                if (kind == 1) {
                    if (canonical_pointer((void *)ro[w]) != canonical_pointer((void *)rp[w]))
                        what = "result";
                } else if (kind == 2) {
                    int nan_o, nan_p;
                    if (bits == 32) {
                        float a, b;
                        uint32_t ua = (uint32_t)ro[w], ub2 = (uint32_t)rp[w];
                        memcpy(&a, &ua, 4);
                        memcpy(&b, &ub2, 4);
                        nan_o = a != a;
                        nan_p = b != b;
                    } else {
                        double a, b;
                        memcpy(&a, &ro[w], 8);
                        memcpy(&b, &rp[w], 8);
                        nan_o = a != a;
                        nan_p = b != b;
                    }
                    if (nan_o != nan_p || (!nan_o && ro[w] != rp[w]))
                        what = "result";
                } else {
                    for (int i = 0; i < n; i++) {
                        int left = bits - 64 * i;
                        uint64_t mask = left >= 64 ? ~0ULL : (1ULL << left) - 1;
                        if ((ro[w + i] ^ rp[w + i]) & mask)
                            what = "result";
                    }
                }
                w += n;
            }
            if (!what && hash_state != orig_hash)
                what = "external calls";
            uint64_t off = 0;
            int where = -1;
            long at_byte = -1;
            for (int g = 0; g < fixed && !what; g++) {
                Region *r = &regions[g];
                for (uint64_t i = 0; i < r->size && r->writable; i++)
                    if (snapshot[off + i] != r->start[i] && !r->dontcare[i]) {
                        what = g < global_count ? "global memory" : "argument memory";
                        where = g;
                        at_byte = (long)i;
                        break;
                    }
                off += r->size;
            }
            if (what) {
                mismatches++;
                if (mismatches <= 3) {
                    printf("MISMATCH %s input=%d what=%s", name, c, what);
                    if (where >= 0)
                        printf(" region=%d byte=%ld", where, at_byte);
                    print_words("args", args, words);
                    printf(" buffers=%d outcome=%d/%d", pattern, orig_outcome, outcome);
                    print_words("orig", ro, rwords);
                    print_words("opt", rp, rwords);
                    printf("\n");
                }
            }
        }
    }
    printf("FUNC %s inputs=%d checked=%ld ub=%ld mismatches=%ld guard_fail=%ld orig_fail=%ld "
           "introduced=%ld reasons=", name, inputs, checked, ub, mismatches, guard_fail,
           orig_fail, introduced);
    int first = 1;
    for (int i = 0; i < REASONS; i++)
        if (reasons[i]) {
            printf("%s%s:%ld", first ? "" : ";", reason_names[i] ? reason_names[i] : "?",
                   reasons[i]);
            first = 0;
        }
    printf("\n");
    fflush(stdout);
    total_inputs += inputs;
    total_checked += checked;
    total_ub += ub;
    total_mismatches += mismatches;
    for (int i = fixed; i < region_count; i++)
        free(regions[i].shadow);
    for (int g = global_count; g < fixed; g++) {
        free(regions[g].shadow);
        free(regions[g].dontcare);
    }
    region_count = global_count;
    for (int i = 0; i < nparams; i++)
        free(buffers[i]);
    free(args);
    free(ro);
    free(rp);
    free(snapshot);
}

void __tc_harness(int inputs);

int main(int argc, char **argv) {
    static char alternate[1 << 16];
    stack_t stack = {.ss_sp = alternate, .ss_size = sizeof alternate};
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    int signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGALRM, SIGTRAP};
    for (unsigned i = 0; i < sizeof signals / sizeof *signals; i++)
        sigaction(signals[i], &action, NULL);
    int inputs = argc > 1 ? atoi(argv[1]) : 64;
    seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
    setvbuf(stdout, NULL, _IOLBF, 0);
    __tc_harness(inputs);
    printf("TOTAL inputs=%ld checked=%ld ub=%ld mismatches=%ld\n", total_inputs, total_checked,
           total_ub, total_mismatches);
    return 0;
}
"""
