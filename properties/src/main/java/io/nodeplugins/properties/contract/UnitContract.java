package io.nodeplugins.properties.contract;

import io.nodeplugins.properties.contract.unit.C10BadInputTests;
import io.nodeplugins.properties.contract.unit.C1RegisterTests;
import io.nodeplugins.properties.contract.unit.C2NewestWinsTests;
import io.nodeplugins.properties.contract.unit.C2PrioritySemanticsTests;
import io.nodeplugins.properties.contract.unit.C2ReplaceSemanticsTests;
import io.nodeplugins.properties.contract.unit.C3HandleScopedRemovalTests;
import io.nodeplugins.properties.contract.unit.C3PrioritySemanticsTests;
import io.nodeplugins.properties.contract.unit.C3ReplaceSemanticsTests;
import io.nodeplugins.properties.contract.unit.C4LookupTests;
import io.nodeplugins.properties.contract.unit.C5RequireTests;
import io.nodeplugins.properties.contract.unit.C6AwaitTests;
import io.nodeplugins.properties.contract.unit.C7SnapshotTests;
import io.nodeplugins.properties.contract.unit.C8SubscribeTests;
import io.nodeplugins.properties.contract.unit.C9CloseTests;
import io.nodeplugins.properties.contract.unit.RandomOperationsSoakTests;
import io.nodeplugins.registry.NodeRegistryFactory;

import org.junit.jupiter.api.Nested;

/**
 * The clause unit tests (C1-C10) as one JUnit 5 class to extend: one nested class per clause, and
 * for C2 and C3 one per further semantics (replace, priority), each test with a fresh registry from
 * {@link #factory()}, plus a bounded multi-threaded soak. A driver author's build runs them with
 * Surefire:
 *
 * <pre>{@code
 * class MyRegistryUnitTest extends UnitContract {
 *     protected NodeRegistryFactory factory() {
 *         return new MyRegistryFactory();
 *     }
 * }
 * }</pre>
 *
 * Each nested class is named after its clause ({@code C3HandleScopedRemoval}) and carries the
 * clause in its {@code @Clauses} annotation; a failure message says what was expected and seen.
 * A test runs only if the registry offers what its {@code @Requires} names (its features, the
 * semantics its expectations hold under) and its keys are keys of the registry; otherwise it is
 * skipped as {@code n/a} ({@link FeatureCondition}), so a {@code RegistryDeclaration} with few
 * features runs the tests that apply to it and fails none for what it does not offer.
 * The racy tests run bounded rounds on fresh registries, so a concurrency bug shows within a few
 * seconds and a hang fails instead of blocking the build. The tests of one instance are not meant
 * to run concurrently.
 */
public abstract class UnitContract {

    /** Creates the contract; subclasses supply the factory. */
    protected UnitContract() {
    }

    /**
     * Returns the factory of the registry under test. Called once per test, so it should be cheap.
     *
     * @return the factory; each {@code create()} must return a new, empty registry
     */
    protected abstract NodeRegistryFactory factory();

    /** C1 register. */
    @Nested
    public class C1Register extends C1RegisterTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C2 newest wins. */
    @Nested
    public class C2NewestWins extends C2NewestWinsTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C2 under replace semantics: the newest replaces. */
    @Nested
    public class C2ReplaceSemantics extends C2ReplaceSemanticsTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C2 under priority semantics: the highest priority wins. */
    @Nested
    public class C2PrioritySemantics extends C2PrioritySemanticsTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C3 handle-scoped removal. */
    @Nested
    public class C3HandleScopedRemoval extends C3HandleScopedRemovalTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C3 under replace semantics: a replaced registration's close never removes its replacement. */
    @Nested
    public class C3ReplaceSemantics extends C3ReplaceSemanticsTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C3 under priority semantics: a handle removes its own registration, whatever its rank. */
    @Nested
    public class C3PrioritySemantics extends C3PrioritySemanticsTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C4 lookup. */
    @Nested
    public class C4Lookup extends C4LookupTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C5 require. */
    @Nested
    public class C5Require extends C5RequireTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C6 await. */
    @Nested
    public class C6Await extends C6AwaitTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C7 snapshot. */
    @Nested
    public class C7Snapshot extends C7SnapshotTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C8 subscribe. */
    @Nested
    public class C8Subscribe extends C8SubscribeTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C9 close. */
    @Nested
    public class C9Close extends C9CloseTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** C10 bad input. */
    @Nested
    public class C10BadInput extends C10BadInputTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }

    /** Random operations from several threads leave nothing behind (C1-C3, C6-C8). */
    @Nested
    public class RandomOperationsSoak extends RandomOperationsSoakTests {
        @Override
        protected NodeRegistryFactory factory() {
            return UnitContract.this.factory();
        }
    }
}
