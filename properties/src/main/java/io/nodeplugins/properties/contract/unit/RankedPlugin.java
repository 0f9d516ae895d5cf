package io.nodeplugins.properties.contract.unit;

import io.nodeplugins.properties.features.Prioritized;

/**
 * A plugin with a priority, for the tests of priority semantics: a priority registry registers it
 * with this priority. Shown as its name and priority in failure messages.
 *
 * @param name     the plugin's name, unique within a test
 * @param priority its priority: the highest is current, ties go to the first registered
 */
record RankedPlugin(String name, int priority) implements Prioritized {

    @Override
    public String toString() {
        return name + " (priority " + priority + ")";
    }
}
