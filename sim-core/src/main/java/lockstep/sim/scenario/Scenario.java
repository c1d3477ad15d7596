package lockstep.sim.scenario;

import java.util.List;
import java.util.Objects;
import lockstep.sim.Program;
import lockstep.sim.RunOptions;
import lockstep.sim.Simulator;
import lockstep.sim.lang.ProgramError;

/**
 * A scenario as loaded from its file: a small Python program with a bilingual title and summary, tags, default
 * scheduler settings and what a run of it must show.
 *
 * @param id        a short name, unique among the bundled scenarios (defaults to the file name without extension)
 * @param title     the bilingual title
 * @param summary   the bilingual summary (empty when not given)
 * @param tags      tags for the library, in file order
 * @param scheduler the default scheduler settings
 * @param program   the Python-subset program text
 * @param expect    what a run must show
 * @param origin    where the program sits in the file, to point program errors at file lines
 * @param notes     texts for lines of the program (1-based), shown when a step reaches the line: a lesson's
 *                  numbered walk through the program
 */
public record Scenario(String id, LocalizedText title, LocalizedText summary, List<String> tags,
                       SchedulerSettings scheduler, String program, List<Expectation> expect, ProgramOrigin origin,
                       java.util.SortedMap<Integer, LocalizedText> notes) {
    /** A scenario without notes. */
    public Scenario(String id, LocalizedText title, LocalizedText summary, List<String> tags,
                    SchedulerSettings scheduler, String program, List<Expectation> expect, ProgramOrigin origin) {
        this(id, title, summary, tags, scheduler, program, expect, origin, new java.util.TreeMap<>());
    }

    public Scenario {
        notes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(notes));
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(tags);
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(program, "program");
        expect = List.copyOf(expect);
        Objects.requireNonNull(origin, "origin");
    }

    /** The scenario file's name, as given to the loader. */
    public String fileName() {
        return origin.fileName();
    }

    /**
     * Compiles the program.
     *
     * @throws ProgramError naming the scenario file and the line and column in it (see {@link ProgramOrigin})
     */
    public Program compile() throws ProgramError {
        try {
            return Simulator.compile(origin.fileName(), program);
        } catch (ProgramError e) {
            throw origin.locate(e);
        }
    }

    /** The notes in {@code language} ({@code en} or {@code zh}), by program line. */
    public java.util.Map<Integer, String> notesIn(String language) {
        java.util.Map<Integer, String> texts = new java.util.TreeMap<>();
        notes.forEach((line, text) -> texts.put(line, text.in(language)));
        return texts;
    }

    /** {@code base} with this scenario's default seed and step limit where it sets them. */
    public RunOptions runOptions(RunOptions base) {
        return scheduler.applyTo(base);
    }
}
