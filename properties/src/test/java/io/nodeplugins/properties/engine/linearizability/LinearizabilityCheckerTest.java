package io.nodeplugins.properties.engine.linearizability;

import static io.nodeplugins.properties.engine.linearizability.KeyValueSpecification.get;
import static io.nodeplugins.properties.engine.linearizability.KeyValueSpecification.put;
import static io.nodeplugins.properties.engine.linearizability.KeyValueSpecification.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.nodeplugins.properties.engine.linearizability.KeyValueSpecification.Op;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The checker on hand-written histories of a toy key-value specification. */
class LinearizabilityCheckerTest {

    private final LinearizabilityChecker<Map<String, Integer>, Op, Object> checker =
            new LinearizabilityChecker<>(new KeyValueSpecification());

    @Test
    void aSequentialHistoryThatFollowsTheSpecificationIsLinearizable() {
        Verdict<Op, Object> verdict = checker.check(List.of(
                put(1, "a", 1, 0, 1), get(1, "a", 1, 2, 3), put(1, "a", 2, 4, 5), get(1, "a", 2, 6, 7)));

        assertThat(verdict.linearizable()).isTrue();
        assertThat(verdict.linearization()).extracting(Call::invoked).containsExactly(0L, 2L, 4L, 6L);
    }

    @Test
    void aReadThatStartsAfterAWriteReturnedMustSeeIt() {
        Verdict<Op, Object> verdict = checker.check(List.of(put(1, "a", 1, 0, 1), get(2, "a", null, 2, 3)));

        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.failedKey()).isEqualTo("a");
        assertThat(verdict.stuck()).extracting(Call::operation).containsExactly(new KeyValueSpecification.Get("a"));
        assertThat(verdict.explain()).contains("get(a) -> null").contains("state after it: {a=1}");
    }

    @Test
    void aReadOverlappingAWriteMaySeeEitherValue() {
        assertThat(checker.check(List.of(put(1, "a", 1, 0, 10), get(2, "a", 1, 1, 2))).linearizable()).isTrue();
        assertThat(checker.check(List.of(put(1, "a", 1, 0, 10), get(2, "a", null, 1, 2))).linearizable()).isTrue();
    }

    @Test
    void aNewOldInversionBetweenTwoReadsIsNotLinearizable() {
        // Both reads overlap the write, but once one read saw the new value a later read cannot see the old.
        Verdict<Op, Object> verdict = checker.check(List.of(
                put(1, "a", 1, 0, 10), get(2, "a", 1, 1, 2), get(2, "a", null, 3, 4)));

        assertThat(verdict.linearizable()).isFalse();
    }

    @Test
    void overlappingWritesMayLinearizeInEitherOrderButOnlyOne() {
        List<Call<Op, Object>> writes = List.of(put(1, "a", 1, 0, 10), put(2, "a", 2, 0, 10));
        assertThat(checker.check(with(writes, List.of(get(3, "a", 1, 11, 12)))).linearizable()).isTrue();
        assertThat(checker.check(with(writes, List.of(get(3, "a", 2, 11, 12)))).linearizable()).isTrue();
        // Seeing 1, then 2, then 1 again would need the writes in two orders at once.
        assertThat(checker.check(with(writes, List.of(get(3, "a", 1, 11, 12), get(3, "a", 2, 13, 14), get(3, "a", 1, 15, 16))))
                .linearizable()).isFalse();
    }

    @Test
    void callsThatTouchOnlyOneKeyAreCheckedPerKey() {
        Verdict<Op, Object> verdict = checker.check(List.of(
                put(1, "a", 1, 0, 5), put(2, "b", 1, 0, 5), get(1, "a", 1, 6, 7), get(2, "b", 1, 6, 7)));

        assertThat(verdict.linearizable()).isTrue();
        assertThat(verdict.parts()).isEqualTo(2);
    }

    @Test
    void aFailureOnOneKeyNamesThatKey() {
        Verdict<Op, Object> verdict = checker.check(List.of(
                put(1, "a", 1, 0, 5), put(2, "b", 1, 0, 5), get(1, "a", 1, 6, 7), get(2, "b", 7, 6, 7)));

        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.failedKey()).isEqualTo("b");
        assertThat(verdict.explain()).contains("key 'b'");
    }

    @Test
    void aCrossKeyCallKeepsTheHistoryWholeAndCatchesATornSnapshot() {
        // put(a) returned before put(b) began; a snapshot that holds b but not a mixes two instants.
        List<Call<Op, Object>> history = List.of(
                put(1, "a", 1, 0, 1), put(1, "b", 1, 2, 3), snapshot(2, Map.of("b", 1), 0, 10));

        Verdict<Op, Object> verdict = checker.check(history);

        assertThat(verdict.parts()).isEqualTo(1);
        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.failedKey()).isNull();
    }

    @Test
    void anExactSnapshotOfAnyInstantIsLinearizable() {
        for (Map<String, Integer> seen : List.of(Map.<String, Integer>of(), Map.of("a", 1), Map.of("a", 1, "b", 1))) {
            List<Call<Op, Object>> history = List.of(
                    put(1, "a", 1, 0, 1), put(1, "b", 1, 2, 3), snapshot(2, seen, 0, 10));
            assertThat(checker.check(history).linearizable()).as("snapshot %s", seen).isTrue();
        }
    }

    @Test
    void callsThatOnlyTouchAreConcurrent() {
        // returned == invoked: no strict real-time order, so the read may go first.
        assertThat(checker.check(List.of(put(1, "a", 1, 0, 5), get(2, "a", null, 5, 6))).linearizable()).isTrue();
    }

    @Test
    @Timeout(30) // memoised it takes ~0.1 s; without memoisation it had not finished after 5 minutes
    void memoisationKeepsAnExhaustiveSearchOfManyOverlappingCallsSmall() {
        // Three threads of 12 writes at different paces, so that every call overlaps several calls of the
        // other threads, then a read of a value nobody wrote: every interleaving of the writes is
        // linearizable, so the search must reach the last read along all of them before it can refute
        // the history. Memoised, it visits at most one node per (calls done per thread, state) pair;
        // without memoisation it would explore the interleavings themselves and run out of memory.
        List<Call<Op, Object>> history = new ArrayList<>();
        int perThread = 12;
        for (int thread = 1; thread <= 3; thread++) {
            int pace = 7 + 3 * thread;
            for (int i = 0; i < perThread; i++) {
                long invoked = (long) i * pace;
                long returned = invoked + pace - 1;
                history.add(put(thread, "a", i % 3, invoked, returned));
            }
        }
        history.add(get(4, "a", 99, 1_000, 1_001));

        Verdict<Op, Object> verdict = checker.check(history);

        assertThat(verdict.linearizable()).isFalse();
        assertThat(verdict.linearization()).as("refuted only after linearising every write").hasSize(3 * perThread);
        int states = 4; // absent, 0, 1, 2
        assertThat(verdict.explored()).isLessThanOrEqualTo((long) Math.pow(perThread + 1, 3) * states);
    }

    private static List<Call<Op, Object>> with(List<Call<Op, Object>> calls, List<Call<Op, Object>> more) {
        List<Call<Op, Object>> all = new ArrayList<>(calls);
        all.addAll(more);
        return all;
    }
}
