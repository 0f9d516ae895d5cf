package io.nodeplugins.properties.features;

import io.nodeplugins.registry.Clause;
import io.nodeplugins.registry.NodeRegistryFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a registry under test offers: its {@link Semantics}, the {@link Feature}s it has and its
 * {@link KeySpace}. Every suite generates only offered operations and checks only the clauses that
 * apply; the report shows {@code n/a} for the rest and lists the {@link #hazards()} of what is
 * missing. A plain {@link NodeRegistryFactory} offers what the reference offers ({@link #REFERENCE});
 * a {@link RegistryDeclaration} declares its own. Immutable.
 *
 * @param semantics which live registration is current
 * @param offered   the features
 * @param keys      the key space
 */
public record Features(Semantics semantics, Set<Feature> offered, KeySpace keys) {

    /** What {@code PluginRegistry} promises in full, as the reference registry offers it: everything, stacking, node names. */
    public static final Features REFERENCE = new Features(Semantics.STACKING, EnumSet.allOf(Feature.class),
            KeySpace.NODE_NAMES);

    /**
     * Copies the set.
     *
     * @param semantics the semantics
     * @param offered   the features
     * @param keys      the key space
     */
    public Features {
        Objects.requireNonNull(semantics, "semantics");
        Objects.requireNonNull(keys, "keys");
        offered = offered.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Feature.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(offered));
        if (offered.contains(Feature.HANDLE_STATE) && !offered.contains(Feature.REMOVAL)) {
            throw new IllegalArgumentException("HANDLE_STATE needs REMOVAL: a handle that cannot be closed is always live");
        }
        if (offered.contains(Feature.PENDING_WAITERS) && !offered.contains(Feature.AWAIT)
                && !offered.contains(Feature.AWAIT_ASYNC)) {
            throw new IllegalArgumentException("PENDING_WAITERS needs AWAIT or AWAIT_ASYNC");
        }
        if (offered.contains(Feature.DISTINCT_REGISTRATIONS) && !offered.contains(Feature.REMOVAL)) {
            throw new IllegalArgumentException("DISTINCT_REGISTRATIONS needs REMOVAL: without removal, registrations"
                    + " cannot be told apart anyway");
        }
    }

    /**
     * Returns how reports and failures name a registry: its factory's {@code toString}, or the
     * factory's class name when the factory does not override it (a user's factory reads
     * "com.example.MyFactory", not "com.example.MyFactory@3778da5c"). Thread-safe if the factory's
     * {@code toString} is.
     *
     * @param factory the registry's factory
     * @return the name
     */
    public static String name(NodeRegistryFactory factory) {
        try {
            return factory.getClass().getMethod("toString").getDeclaringClass() == Object.class
                    ? factory.getClass().getName() : factory.toString();
        } catch (NoSuchMethodException e) {
            throw new AssertionError("every class has toString", e);
        }
    }

    /**
     * Returns the features a registry offers: its own declaration, or the reference's.
     *
     * @param factory the registry's factory
     * @return the features
     */
    public static Features of(NodeRegistryFactory factory) {
        return factory instanceof RegistryDeclaration d ? d.features() : REFERENCE;
    }

    /**
     * Starts a declaration of the given semantics and keys, offering nothing yet.
     *
     * @param semantics the semantics
     * @param keys      the key space
     * @return features without any {@link Feature}
     */
    public static Features of(Semantics semantics, KeySpace keys) {
        return new Features(semantics, Set.of(), keys);
    }

    /**
     * Returns whether a feature is offered.
     *
     * @param feature the feature
     * @return true if offered
     */
    public boolean offers(Feature feature) {
        return offered.contains(feature);
    }

    /**
     * Returns whether every one of the features is offered.
     *
     * @param features the features
     * @return true if all are offered
     */
    public boolean offersAll(Feature... features) {
        return offered.containsAll(Arrays.asList(features));
    }

    /**
     * Returns these features with more offered.
     *
     * @param more the features to add
     * @return the new features
     */
    public Features with(Feature... more) {
        Set<Feature> set = EnumSet.noneOf(Feature.class);
        set.addAll(offered);
        set.addAll(Arrays.asList(more));
        return new Features(semantics, set, keys);
    }

    /**
     * Returns these features without some.
     *
     * @param less the features to remove
     * @return the new features
     */
    public Features without(Feature... less) {
        Set<Feature> set = EnumSet.noneOf(Feature.class);
        set.addAll(offered);
        Arrays.asList(less).forEach(set::remove);
        return new Features(semantics, set, keys);
    }

    /**
     * Returns these features with another key space.
     *
     * @param space the keys
     * @return the new features
     */
    public Features withKeys(KeySpace space) {
        return new Features(semantics, offered, space);
    }

    /**
     * Returns the features not offered, in declaration order.
     *
     * @return the missing features
     */
    public List<Feature> missing() {
        List<Feature> missing = new ArrayList<>(EnumSet.allOf(Feature.class));
        missing.removeAll(offered);
        return missing;
    }

    /**
     * Returns whether a clause applies to such a registry: C1, C2 and C4 always; the others when
     * the feature they are about is offered (C3 removal, C5 require, C6 blocking or async await, C7
     * snapshot, C8 subscription, C9 the close lifecycle, C10 rejection of bad input). A check of
     * several clauses that passes proves nothing about a clause that does not apply.
     *
     * @param clause the clause
     * @return whether it applies
     */
    public boolean applies(Clause clause) {
        return switch (clause) {
            case C1, C2, C4 -> true;
            case C3 -> offers(Feature.REMOVAL);
            case C5 -> offers(Feature.REQUIRE);
            case C6 -> offers(Feature.AWAIT) || offers(Feature.AWAIT_ASYNC);
            case C7 -> offers(Feature.SNAPSHOT);
            case C8 -> offers(Feature.SUBSCRIBE);
            case C9 -> offers(Feature.CLOSE);
            case C10 -> offers(Feature.BAD_INPUT);
        };
    }

    /**
     * Returns the known hazards of what is not offered, in a driver's words: what goes wrong in the
     * code that uses such a registry.
     *
     * @return one sentence per hazard; empty for the reference's features
     */
    public List<String> hazards() {
        List<String> hazards = new ArrayList<>();
        if (!offers(Feature.OPTIONAL_LOOKUP)) {
            hazards.add("a miss returns null: callers can dereference it later, far from the cause (the DRA e2e"
                    + " panic: driver.Nodes[pod.Spec.NodeName].UpdateStatus(...) on a pod not scheduled yet)");
        }
        if (!offers(Feature.AWAIT) && !offers(Feature.AWAIT_ASYNC)) {
            hazards.add("nothing to wait on: a caller that needs a plugin that is still starting polls with sleeps"
                    + " or fails at once");
        }
        if (!offers(Feature.BAD_INPUT)) {
            hazards.add("bad keys are not rejected: an empty or malformed name (an unscheduled pod's \"\") is stored"
                    + " or looked up like any other, and the mistake shows up later as a missing plugin");
        }
        if (!offers(Feature.REMOVAL)) {
            hazards.add("a plugin that stops cannot take its registration back: callers keep reaching a stopped"
                    + " plugin");
        } else if (!offers(Feature.DISTINCT_REGISTRATIONS)) {
            hazards.add("registrations of the same plugin, or of equal plugins, cannot be told apart: a plugin that"
                    + " registers again (after a reconnect) or a restarted plugin equal to the old one (a record) can"
                    + " be removed by the old registration's late removal");
        }
        return hazards;
    }

    @Override
    public String toString() {
        return semantics.name().toLowerCase(java.util.Locale.ROOT) + ", " + keys.name() + ", offers "
                + offered.stream().map(Feature::title).toList();
    }
}
