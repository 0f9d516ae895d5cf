package io.nodeplugins.properties.engine.generation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Relative weights of the command kinds a generated sequence draws from. Immutable.
 */
public final class CommandMix {

    /** Every command kind, with writes and reads balanced and the registry closed rarely. */
    public static final CommandMix ALL = builder()
            .weight(CommandKind.REGISTER, 6).weight(CommandKind.CLOSE_HANDLE, 4)
            .weight(CommandKind.LOOKUP, 3).weight(CommandKind.REQUIRE, 3)
            .weight(CommandKind.AWAIT, 1).weight(CommandKind.AWAIT_ASYNC_CANCEL, 1)
            .weight(CommandKind.AWAIT_ASYNC, 1).weight(CommandKind.CHECK_WAITER, 1)
            .weight(CommandKind.PENDING_WAITERS, 1)
            .weight(CommandKind.SNAPSHOT, 2).weight(CommandKind.SIZE, 1)
            .weight(CommandKind.SUBSCRIBE, 1).weight(CommandKind.UNSUBSCRIBE, 1)
            .weight(CommandKind.CLOSE_REGISTRY, 1).weight(CommandKind.BAD_INPUT, 2)
            .build();

    private final Map<CommandKind, Integer> weights;

    private CommandMix(Map<CommandKind, Integer> weights) {
        this.weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /**
     * Starts an empty mix.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the weight of a kind.
     *
     * @param kind the kind
     * @return its weight; 0 if the mix never draws it
     */
    public int weight(CommandKind kind) {
        return weights.getOrDefault(kind, 0);
    }

    @Override
    public String toString() {
        return weights.toString();
    }

    /** Collects weights. Not thread-safe. */
    public static final class Builder {
        private final Map<CommandKind, Integer> weights = new EnumMap<>(CommandKind.class);

        private Builder() {
        }

        /**
         * Sets the weight of a kind.
         *
         * @param kind   the kind
         * @param weight a non-negative weight
         * @return this builder
         */
        public Builder weight(CommandKind kind, int weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("weight must not be negative: " + weight);
            }
            weights.put(Objects.requireNonNull(kind, "kind"), weight);
            return this;
        }

        /**
         * Builds the mix.
         *
         * @return the mix
         * @throws IllegalStateException if no kind has a positive weight or nothing registers
         */
        public CommandMix build() {
            if (weights.getOrDefault(CommandKind.REGISTER, 0) == 0) {
                throw new IllegalStateException("a mix without REGISTER only ever sees an empty registry");
            }
            return new CommandMix(weights);
        }
    }
}
