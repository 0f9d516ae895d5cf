package io.nodeplugins.properties.suite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The JVM flags the main job's JVM needs for Lincheck, as the build wrote them into the suite jar
 * from the root pom's {@code lincheck.jvm.flags}: defined once, read by {@code ./suite} through
 * {@link #main}. Stateless.
 */
public final class JvmFlags {

    private static final String RESOURCE = "jvm.properties";

    private JvmFlags() {
    }

    /**
     * Returns the flags.
     *
     * @return the flags, space-separated
     * @throws IllegalStateException if the jar lacks them (not built by Maven)
     */
    public static String lincheck() {
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: build the suite jar with Maven");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("lincheck", "").trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the flags on one line, for the {@code suite} script.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println(lincheck());
    }
}
