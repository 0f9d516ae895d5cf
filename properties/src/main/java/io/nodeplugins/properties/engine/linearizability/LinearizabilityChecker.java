package io.nodeplugins.properties.engine.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a history of completed calls is linearizable with respect to a
 * {@link SequentialSpecification}: whether some total order of the calls respects real time (a call
 * that returned before another was invoked comes first) and lets the specification produce every
 * observed outcome. Stateless apart from the specification, so one checker may be shared by threads.
 *
 * <p>Cost: linear in the number of calls for a sequential history; exponential in the number of
 * mutually overlapping calls in the worst case, which memoisation keeps small in practice (a 3 x 8
 * history is checked in well under a millisecond; see {@code CheckerBenchmark}).
 *
 * @param <S> the specification's state type
 * @param <O> the operation type
 * @param <R> the outcome type
 */
public final class LinearizabilityChecker<S, O, R> {

    /*
     * Implementation overview
     *
     * The search is Wing & Gong's, made incremental by Lowe ("Testing for linearizability", 2017)
     * and memoised as in Horn & Kroening's P-compositionality paper (and the Porcupine checker).
     * The calls' invocation and return events sit in one doubly linked list sorted by time. Walking
     * it from the head, a call event is a candidate to linearize next (nothing that must precede
     * it is left); the walk tries each candidate in turn: if the specification accepts the call with
     * its observed outcome and the pair (linearized set, new state) was never seen before, the call
     * and its return event are lifted out of the list, the choice is pushed, and the walk restarts
     * from the head. Reaching a return event means its call was never linearized although every
     * later call must follow it: backtrack (pop, unlift, try the next candidate). The history is
     * linearizable when the list empties, and not when backtracking runs out of choices.
     *
     * Memoisation: two search nodes with the same set of linearized calls and equal specification
     * states have the same futures, so the second is pruned. This is what keeps the search
     * polynomial for the small, heavily overlapping histories the parallel runner produces. The
     * set is a bitset over the calls of the part being checked.
     *
     * P-compositionality (Herlihy & Wing's locality): if every call touches a single key and the
     * specification's behaviour on a key depends only on that key's part of the state (which is
     * what SequentialSpecification.keyOf promises by answering a key), the object is a product of
     * independent per-key objects and a history is linearizable iff every per-key subhistory is.
     * Each part then starts from the initial state, since calls on other keys never change this
     * key's part. One cross-key call (keyOf answers null: a snapshot, a size, closing the whole
     * object) couples the keys, so such histories are checked whole: splitting them would let the
     * cross-key call linearize at a different instant in each part, which is unsound (a torn
     * snapshot would pass).
     *
     * Diagnostics: the deepest configuration reached (most calls linearized) is remembered, so a
     * failure can show the longest linearizable prefix, the state after it and the calls stuck there.
     */

    private final SequentialSpecification<S, O, R> specification;

    /**
     * Creates a checker for {@code specification}.
     *
     * @param specification the sequential specification
     */
    public LinearizabilityChecker(SequentialSpecification<S, O, R> specification) {
        this.specification = Objects.requireNonNull(specification, "specification");
    }

    /**
     * Checks one history.
     *
     * @param history the completed calls, in any order
     * @return the verdict, with a witness or a diagnosis
     */
    public Verdict<O, R> check(Collection<Call<O, R>> history) {
        List<List<Call<O, R>>> parts = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        split(history, parts, keys);
        List<Call<O, R>> witness = new ArrayList<>(history.size());
        long explored = 0;
        for (int i = 0; i < parts.size(); i++) {
            Search search = new Search(parts.get(i));
            boolean ok = search.run();
            explored += search.memo.size();
            if (!ok) {
                return new Verdict<>(false, keys.get(i), search.deepestPrefix(), search.deepestState,
                        search.stuck(), parts.size(), explored);
            }
            witness.addAll(search.deepestPrefix());
        }
        return new Verdict<>(true, null, witness, null, List.of(), parts.size(), explored);
    }

    /** Splits per key when every call has one; otherwise one part with a null key. */
    private void split(Collection<Call<O, R>> history, List<List<Call<O, R>>> parts, List<Object> keys) {
        Map<Object, List<Call<O, R>>> byKey = new LinkedHashMap<>();
        for (Call<O, R> call : history) {
            Object key = specification.keyOf(call.operation());
            if (key == null) {
                parts.add(List.copyOf(history));
                keys.add(null);
                return;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(call);
        }
        byKey.forEach((key, calls) -> {
            parts.add(calls);
            keys.add(key);
        });
    }

    /* ---------------- The search over one part ---------------- */

    private final class Search {
        private final List<Call<O, R>> calls;
        private final int head;
        private final int[] next;
        private final int[] prev;
        private final long[] linearized;
        private final Set<Memo> memo = new HashSet<>();
        private int[] deepest = new int[0];
        private Object deepestState;

        Search(List<Call<O, R>> calls) {
            this.calls = calls;
            int n = calls.size();
            head = 2 * n; // node 2i is call i's invocation, 2i+1 its return
            next = new int[2 * n + 1];
            prev = new int[2 * n + 1];
            linearized = new long[(n + 63) >>> 6];
            Integer[] order = new Integer[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                order[i] = i;
            }
            // By time; at equal times invocations first, so calls that touch overlap (the permissive reading).
            Arrays.sort(order, Comparator.<Integer>comparingLong(this::time).thenComparingInt(e -> e & 1));
            int last = head;
            for (int e : order) {
                next[last] = e;
                prev[e] = last;
                last = e;
            }
            next[last] = -1;
            deepestState = specification.initialState();
        }

        private long time(int event) {
            Call<O, R> call = calls.get(event >>> 1);
            return (event & 1) == 0 ? call.invoked() : call.returned();
        }

        boolean run() {
            int n = calls.size();
            int[] stackCalls = new int[n];
            Object[] stackStates = new Object[n];
            int depth = 0;
            S state = specification.initialState();
            int entry = next[head];
            while (next[head] != -1) {
                if ((entry & 1) == 0) {
                    int id = entry >>> 1;
                    Call<O, R> call = calls.get(id);
                    S after = specification.apply(state, call.operation(), call.observed());
                    if (after != null) {
                        setBit(id);
                        if (memo.add(new Memo(linearized.clone(), after))) {
                            stackCalls[depth] = id;
                            stackStates[depth] = state;
                            depth++;
                            state = after;
                            lift(entry);
                            if (depth > deepest.length) {
                                deepest = Arrays.copyOf(stackCalls, depth);
                                deepestState = after;
                            }
                            entry = next[head];
                            continue;
                        }
                        clearBit(id);
                    }
                    entry = next[entry];
                } else {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                    int id = stackCalls[depth];
                    @SuppressWarnings("unchecked")
                    S before = (S) stackStates[depth];
                    state = before;
                    stackStates[depth] = null;
                    clearBit(id);
                    entry = 2 * id;
                    unlift(entry);
                    entry = next[entry];
                }
            }
            return true;
        }

        private void lift(int callEvent) {
            unlink(callEvent);
            unlink(callEvent + 1);
        }

        private void unlift(int callEvent) {
            relink(callEvent + 1);
            relink(callEvent);
        }

        private void unlink(int e) {
            next[prev[e]] = next[e];
            if (next[e] != -1) {
                prev[next[e]] = prev[e];
            }
        }

        private void relink(int e) {
            next[prev[e]] = e;
            if (next[e] != -1) {
                prev[next[e]] = e;
            }
        }

        private void setBit(int id) {
            linearized[id >>> 6] |= 1L << id;
        }

        private void clearBit(int id) {
            linearized[id >>> 6] &= ~(1L << id);
        }

        List<Call<O, R>> deepestPrefix() {
            List<Call<O, R>> prefix = new ArrayList<>(deepest.length);
            for (int id : deepest) {
                prefix.add(calls.get(id));
            }
            return prefix;
        }

        /** The calls that could follow the deepest prefix in real time (none fits the specification). */
        List<Call<O, R>> stuck() {
            boolean[] done = new boolean[calls.size()];
            for (int id : deepest) {
                done[id] = true;
            }
            long firstReturn = Long.MAX_VALUE;
            for (int i = 0; i < calls.size(); i++) {
                if (!done[i]) {
                    firstReturn = Math.min(firstReturn, calls.get(i).returned());
                }
            }
            List<Call<O, R>> candidates = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                if (!done[i] && calls.get(i).invoked() <= firstReturn) {
                    candidates.add(calls.get(i));
                }
            }
            return candidates;
        }
    }

    /** A memoised search node: the set of linearized calls and the state they lead to. */
    private static final class Memo {
        private final long[] linearized;
        private final Object state;
        private final int hash;

        Memo(long[] linearized, Object state) {
            this.linearized = linearized;
            this.state = state;
            this.hash = 31 * Arrays.hashCode(linearized) + state.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Memo m && hash == m.hash && Arrays.equals(linearized, m.linearized)
                    && state.equals(m.state);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
