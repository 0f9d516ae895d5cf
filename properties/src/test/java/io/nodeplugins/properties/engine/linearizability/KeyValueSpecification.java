package io.nodeplugins.properties.engine.linearizability;


import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A toy specification for testing the checker without the registry model: a map of string keys
 * to integers with put, get (null when absent), and a cross-key snapshot. States are immutable maps.
 */
final class KeyValueSpecification implements SequentialSpecification<Map<String, Integer>, KeyValueSpecification.Op, Object> {

    /** An operation of the toy map. */
    sealed interface Op permits Put, Get, Snapshot {
    }

    /** Puts a value; observes null. */
    record Put(String key, int value) implements Op {
        @Override
        public String toString() {
            return "put(" + key + ", " + value + ")";
        }
    }

    /** Gets a value; observes the value or null. */
    record Get(String key) implements Op {
        @Override
        public String toString() {
            return "get(" + key + ")";
        }
    }

    /** Reads the whole map; observes a Map. */
    record Snapshot() implements Op {
        @Override
        public String toString() {
            return "snapshot()";
        }
    }

    @Override
    public Map<String, Integer> initialState() {
        return Map.of();
    }

    @Override
    public Map<String, Integer> apply(Map<String, Integer> state, Op op, Object observed) {
        if (op instanceof Put put) {
            Map<String, Integer> next = new HashMap<>(state);
            next.put(put.key(), put.value());
            return Map.copyOf(next);
        }
        if (op instanceof Get get) {
            return Objects.equals(state.get(get.key()), observed) ? state : null;
        }
        return state.equals(observed) ? state : null;
    }

    @Override
    public Object keyOf(Op op) {
        if (op instanceof Put put) {
            return put.key();
        }
        if (op instanceof Get get) {
            return get.key();
        }
        return null;
    }

    static Call<Op, Object> put(int thread, String key, int value, long invoked, long returned) {
        return new Call<>(thread, new Put(key, value), null, invoked, returned);
    }

    static Call<Op, Object> get(int thread, String key, Integer observed, long invoked, long returned) {
        return new Call<>(thread, new Get(key), observed, invoked, returned);
    }

    static Call<Op, Object> snapshot(int thread, Map<String, Integer> observed, long invoked, long returned) {
        return new Call<>(thread, new Snapshot(), observed, invoked, returned);
    }
}
