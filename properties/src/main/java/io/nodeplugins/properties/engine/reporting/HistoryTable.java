package io.nodeplugins.properties.engine.reporting;

import io.nodeplugins.properties.engine.linearizability.Call;
import io.nodeplugins.properties.engine.parallel.ParallelExecution;
import io.nodeplugins.properties.engine.model.Command;
import io.nodeplugins.properties.engine.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link ParallelExecution} for a failure report: the prefix as lines, then the parallel
 * threads side by side in columns, each call as its Java statement over its observed outcome and
 * its invocation and return times in microseconds since the first call. Stateless.
 */
final class HistoryTable {

    /** Outcomes longer than this are cut in the table; the checker's explanation shows them whole. */
    private static final int MAX_OUTCOME = 64;

    private HistoryTable() {
    }

    static String render(ParallelExecution execution) {
        long origin = execution.calls().stream().mapToLong(Call::invoked).min().orElse(0);
        StringBuilder out = new StringBuilder();
        List<Call<Command, Outcome>> prefix = execution.callsOf(0);
        if (!execution.scenario().prefix().isEmpty()) {
            out.append("  prefix, run by one thread first:\n");
            List<Command> commands = execution.scenario().prefix();
            for (int i = 0; i < commands.size(); i++) {
                List<String> cell = cell(commands.get(i), i < prefix.size() ? prefix.get(i) : null, origin);
                out.append("    ").append(cell.get(0)).append("   ").append(cell.get(1).strip()).append('\n');
            }
        }
        int threads = execution.scenario().threads().size();
        List<List<String>> columns = new ArrayList<>();
        for (int t = 1; t <= threads; t++) {
            List<String> column = new ArrayList<>();
            column.add("thread " + t);
            List<Command> commands = execution.scenario().threads().get(t - 1);
            List<Call<Command, Outcome>> calls = execution.callsOf(t);
            for (int i = 0; i < commands.size(); i++) {
                column.addAll(cell(commands.get(i), i < calls.size() ? calls.get(i) : null, origin));
            }
            columns.add(column);
        }
        out.append("  then in parallel:\n");
        int[] widths = columns.stream().mapToInt(c -> c.stream().mapToInt(String::length).max().orElse(0)).toArray();
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder("    |");
            for (int t = 0; t < threads; t++) {
                String text = r < columns.get(t).size() ? columns.get(t).get(r) : "";
                line.append(' ').append(text).append(" ".repeat(widths[t] - text.length())).append(" |");
            }
            out.append(line).append('\n');
            if (r == 0) {
                StringBuilder rule = new StringBuilder("    |");
                for (int w : widths) {
                    rule.append("-".repeat(w + 2)).append('|');
                }
                out.append(rule).append('\n');
            }
        }
        List<Call<Command, Outcome>> after = execution.callsOf(threads + 1);
        if (!after.isEmpty()) {
            out.append("  then, once every thread had returned:\n");
            for (Call<Command, Outcome> call : after) {
                List<String> cell = cell(call.operation(), call, origin);
                out.append("    ").append(cell.get(0)).append("   ").append(cell.get(1).strip()).append('\n');
            }
        }
        return out.toString();
    }

    /** Two lines: the statement, then the outcome and the times (or "did not return"). */
    private static List<String> cell(Command command, Call<Command, Outcome> call, long origin) {
        if (call == null) {
            return List.of(command.toJava(), "  -> did not return");
        }
        String outcome = call.observed().toString();
        if (outcome.length() > MAX_OUTCOME) {
            outcome = outcome.substring(0, MAX_OUTCOME - 3) + "...";
        }
        return List.of(command.toJava(), "  -> " + outcome + "  @" + micros(call.invoked() - origin) + ".."
                + micros(call.returned() - origin) + " us");
    }

    private static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
    }
}
