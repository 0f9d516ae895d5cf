package io.nodeplugins.properties.suite;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders the unit contract's nested clause classes by clause number (C1, C2, ..., C10), the random
 * soak last: the short, decisive single-clause tests first, so that the main job's first failure
 * comes early. Stateless; JUnit creates it from the configuration parameter
 * {@code junit.jupiter.testclass.order.default}.
 */
public final class ClauseOrder implements ClassOrderer {

    private static final Pattern CLAUSE = Pattern.compile("^C(\\d+)");

    /** Creates the orderer (JUnit does). */
    public ClauseOrder() {
    }

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(d -> rank(d.getTestClass())));
    }

    private static int rank(Class<?> type) {
        Matcher m = CLAUSE.matcher(type.getSimpleName());
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
