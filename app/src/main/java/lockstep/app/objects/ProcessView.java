package lockstep.app.objects;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lockstep.app.i18n.CjkRuns;
import lockstep.app.objects.SnapshotChanges.Part;
import lockstep.sim.inspect.BarrierInfo;
import lockstep.sim.inspect.ConditionInfo;
import lockstep.sim.inspect.EventInfo;
import lockstep.sim.inspect.EventLoopInfo;
import lockstep.sim.inspect.GilInfo;
import lockstep.sim.inspect.LockInfo;
import lockstep.sim.inspect.ProcessInfo;
import lockstep.sim.inspect.QueueInfo;
import lockstep.sim.inspect.SemaphoreInfo;
import lockstep.sim.inspect.Snapshot;
import lockstep.sim.inspect.SyncInfo;
import lockstep.sim.inspect.ThreadInfo;
import lockstep.sim.inspect.ThreadRef;
import lockstep.sim.inspect.VariableHistory;
import lockstep.sim.inspect.VariableInfo;
import lockstep.sim.ThreadState;

/**
 * Builds the nodes of one process: a title, then a section per kind of thing (threads, locks, conditions,
 * semaphores, events, barriers, queues, shared variables), a row per thing. A row carries the style class
 * {@code object-row} and its key ({@link SnapshotChanges#key}) as user data; a changed row also {@code changed},
 * and the parts of it that changed {@code changed-part}.
 */
final class ProcessView {
    /** How many earlier values of a variable a row shows. */
    static final int HISTORY_SHOWN = 3;

    private final Texts texts;
    private final ThreadChips chips;
    private final SnapshotChanges changes;
    private final VariableHistory history;
    private final Snapshot snapshot;

    ProcessView(Texts texts, ThreadChips chips, SnapshotChanges changes, VariableHistory history, Snapshot snapshot) {
        this.texts = texts;
        this.chips = chips;
        this.changes = changes;
        this.history = history;
        this.snapshot = snapshot;
    }

    VBox build(ProcessInfo p) {
        VBox box = new VBox();
        box.getStyleClass().add("process");
        String title = p.parentPid() == 0 ? texts.format("process.title", String.valueOf(p.pid()))
                : texts.format("process.child", String.valueOf(p.pid()), String.valueOf(p.parentPid()));
        Label heading = new Label(p.alive() ? title : title + " · " + texts.get("process.ended"));
        heading.getStyleClass().add("process-title");
        box.getChildren().add(heading);

        section(box, "section.threads", p.threads().stream().map(t -> threadRow(p, t)).toList());
        if (p.gil() != null) {
            section(box, "section.gil", List.of(gilRow(p, p.gil())));
        }
        section(box, "section.locks", rows(p, LockInfo.class));
        section(box, "section.conditions", rows(p, ConditionInfo.class));
        section(box, "section.semaphores", rows(p, SemaphoreInfo.class));
        section(box, "section.events", rows(p, EventInfo.class));
        section(box, "section.barriers", rows(p, BarrierInfo.class));
        section(box, "section.queues", rows(p, QueueInfo.class));
        section(box, "section.variables", p.variables().stream().map(v -> variableRow(p, v)).toList());
        for (EventLoopInfo loop : p.loops()) {
            if (loop.runner() == EventLoopInfo.Runner.GEVENT) {
                titledSection(box, texts.format("section.hub", loop.thread()), new HubRows(p, loop).rows());
                continue;
            }
            List<Node> rows = new ArrayList<>();
            rows.add(loopRow(p, loop));
            loop.tasks().stream().filter(t -> !hasEnded(t) || changes.changed(SnapshotChanges.key(p.pid(), loop, t)))
                    .forEach(t -> rows.add(taskRow(p, loop, t)));
            titledSection(box, texts.format("section.loop", loop.thread()), rows);
        }
        return box;
    }

    private static boolean hasEnded(EventLoopInfo.TaskInfo t) {
        return t.state() == EventLoopInfo.State.DONE || t.state() == EventLoopInfo.State.CANCELLED
                || t.state() == EventLoopInfo.State.FAILED;
    }

    private void section(VBox box, String titleKey, List<Node> rows) {
        titledSection(box, texts.get(titleKey), rows);
    }

    private void titledSection(VBox box, String titleText, List<Node> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Label title = new Label(titleText);
        title.getStyleClass().add("section-title");
        box.getChildren().add(title);
        box.getChildren().addAll(rows);
    }

    private List<Node> rows(ProcessInfo p, Class<? extends SyncInfo> kind) {
        List<Node> rows = new ArrayList<>();
        for (SyncInfo o : p.objects()) {
            if (kind.isInstance(o)) {
                rows.add(objectRow(p, o));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------ rows

    /** A row: the name, then the parts that describe it, wrapping when narrow. */
    private final class Row {
        final String key;
        final HBox box = new HBox();
        final FlowPane parts = new FlowPane();

        Row(String key, Node name) {
            this.key = key;
            box.getStyleClass().add("object-row");
            box.setUserData(key);
            parts.getStyleClass().add("object-parts");
            HBox.setHgrow(parts, Priority.ALWAYS);
            box.getChildren().addAll(name, parts);
            if (changes.changed(key)) {
                box.getStyleClass().add("changed");
                Tooltip.install(box, new Tooltip(texts.get("changed.tooltip")));
            }
        }

        Row(String key, String name) {
            this(key, nameLabel(name));
        }

        /** Adds plain text, marked as changed when {@code part} changed. */
        Label text(String text, Part part) {
            Label label = new Label(text);
            CjkRuns.mark(label);
            mark(label, part);
            parts.getChildren().add(label);
            return label;
        }

        Label muted(String text) {
            Label label = new Label(text);
            label.getStyleClass().add("muted");
            parts.getChildren().add(label);
            return label;
        }

        /** A caption and the threads it names (nothing when there are none). */
        void threads(String captionKey, List<ThreadRef> threads, Part part) {
            if (threads.isEmpty()) {
                return;
            }
            HBox group = new HBox();
            group.getStyleClass().add("thread-group");
            Label caption = new Label(texts.get(captionKey));
            caption.getStyleClass().add("muted");
            group.getChildren().add(caption);
            group.getChildren().addAll(chips.chips(threads));
            mark(group, part);
            parts.getChildren().add(group);
        }

        private void mark(Node node, Part part) {
            if (part != null && changes.changed(key, part)) {
                node.getStyleClass().add("changed-part");
            }
        }
    }

    private static Label nameLabel(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("object-name");
        CjkRuns.mark(label);
        return label;
    }

    private Node threadRow(ProcessInfo p, ThreadInfo t) {
        Label chip = chips.chip(t.ref());
        chip.getStyleClass().add("row-thread");
        Row row = new Row(SnapshotChanges.key(p.pid(), t), chip);
        Label state = row.text(texts.get("state." + t.state().name()), Part.STATE);
        state.getStyleClass().add("state-" + t.state().name().toLowerCase(java.util.Locale.ROOT));
        if (t.line() > 0 && t.state() != ThreadState.DONE) {
            row.text(texts.format("thread.at", String.valueOf(t.line()), t.function()), Part.LINE)
                    .getStyleClass().add("muted");
        }
        if (t.waitingFor() != null) {
            String description = texts.waitDescription(t.waitingFor().what(), id -> threadName(p, id));
            Label waits = row.text(texts.format("thread.waitsFor", description), Part.WAIT);
            waits.getStyleClass().add("waits-for");
            if (t.waitingFor().holder() != null) {
                row.threads("thread.heldBy", List.of(t.waitingFor().holder()), Part.WAIT);
                if (t.waitingFor().holderAbsent()) {
                    row.text(texts.get("thread.holderAbsent"), null).getStyleClass().add("danger");
                }
            }
        } else if (t.wakeAtNanos() >= 0) {
            row.muted(texts.format("thread.wakes", String.format(texts.locale(), "%.3f", t.wakeAtNanos() / 1e9)));
        }
        return row.box;
    }

    /** The name of thread {@code id} of process {@code p} (a thread's join lock is its own process's). */
    private static String threadName(ProcessInfo p, int id) {
        for (ThreadInfo t : p.threads()) {
            if (t.id() == id) {
                return t.name();
            }
        }
        return "#" + id;
    }

    /** The process's GIL: who holds it (or that it is free) and who waits for it. */
    private Node gilRow(ProcessInfo p, GilInfo gil) {
        Row row = new Row(SnapshotChanges.gilKey(p.pid()), "GIL");
        if (gil.holder() == null) {
            row.text(texts.get("gil.free"), Part.OWNER).getStyleClass().add("free");
        } else {
            row.threads("gil.heldBy", List.of(gil.holder()), Part.OWNER);
        }
        row.threads("gil.waiting", gil.waiting(), Part.WAITERS);
        return row.box;
    }

    private Node objectRow(ProcessInfo p, SyncInfo o) {
        Row row = new Row(SnapshotChanges.key(p.pid(), o), o.name());
        if (o instanceof LockInfo l) {
            row.muted(texts.get(l.reentrant() ? "kind.rlock" : "kind.lock")
                    + (l.shared() ? " · " + texts.get("kind.shared") : ""));
            if (l.owner() == null) {
                row.text(texts.get("lock.free"), Part.OWNER).getStyleClass().add("free");
            } else {
                row.threads("lock.heldBy", List.of(l.owner()), Part.OWNER);
                if (l.reentrant()) {
                    row.text(texts.format("lock.count", l.count()), Part.COUNT);
                }
                if (l.ownerAbsent()) {
                    row.text(texts.get("lock.ownerAbsent"), Part.OWNER).getStyleClass().add("danger");
                }
            }
            row.threads("waiters", l.waiters(), Part.WAITERS);
        } else if (o instanceof ConditionInfo c) {
            if (c.lockOwner() == null) {
                row.text(texts.get("condition.lockFree"), Part.OWNER).getStyleClass().add("free");
            } else {
                row.threads("condition.lockHeld", List.of(c.lockOwner()), Part.OWNER);
            }
            row.threads("condition.waiters", c.waiters(), Part.WAITERS);
        } else if (o instanceof SemaphoreInfo s) {
            row.text(s.bound() < 0 ? texts.format("semaphore.value", s.value())
                    : texts.format("semaphore.bounded", s.value(), s.bound()), Part.VALUE).getStyleClass().add("value");
            row.threads("waiters", s.waiters(), Part.WAITERS);
        } else if (o instanceof EventInfo e) {
            row.text(texts.get(e.set() ? "event.set" : "event.clear"), Part.VALUE).getStyleClass().add("value");
            row.threads("waiters", e.waiters(), Part.WAITERS);
        } else if (o instanceof BarrierInfo b) {
            row.text(texts.format("barrier.waiting", b.waiting(), b.parties()), Part.VALUE).getStyleClass().add("value");
            if (b.phase() != BarrierInfo.Phase.FILLING) {
                Label phase = row.text(texts.get("barrier.phase." + b.phase().name()), Part.VALUE);
                if (b.phase() == BarrierInfo.Phase.BROKEN) {
                    phase.getStyleClass().add("danger");
                }
            }
            row.threads("waiters", b.waiters(), Part.WAITERS);
        } else if (o instanceof QueueInfo q) {
            queueParts(row, q);
        }
        return row.box;
    }

    private void queueParts(Row row, QueueInfo q) {
        row.muted(q.type());
        String size = q.size() == 0 ? texts.get("queue.empty") : texts.format("queue.size", q.size());
        if (q.maxsize() > 0) {
            size += " · " + texts.format("queue.capacity", q.maxsize());
        }
        row.text(size, Part.VALUE);
        // One label per item, so that a long queue wraps.
        for (int i = 0; i < q.items().size(); i++) {
            row.text(q.items().get(i) + (i < q.items().size() - 1 ? "," : ""), Part.VALUE)
                    .getStyleClass().add("value");
        }
        if (q.size() > q.items().size()) {
            row.muted(texts.format("queue.more", q.size() - q.items().size()));
        }
        if (q.unfinishedTasks() > 0) {
            row.muted(texts.format("queue.unfinished", q.unfinishedTasks()));
        }
        row.threads("queue.getters", q.getters(), Part.WAITERS);
        row.threads("queue.putters", q.putters(), Part.WAITERS);
        row.threads("queue.joiners", q.joiners(), Part.WAITERS);
    }

    /** An event loop: its ready queue, then its timers with the virtual time each fires at. */
    private Node loopRow(ProcessInfo p, EventLoopInfo loop) {
        Row row = new Row(SnapshotChanges.key(p.pid(), loop), texts.get("loop.name"));
        row.muted(texts.get("loop.ready"));
        row.text(loop.ready().isEmpty() ? texts.get("loop.empty") : String.join(", ", loop.ready()), Part.WAITERS)
                .getStyleClass().add("value");
        row.muted(texts.get("loop.timers"));
        String timers = loop.timers().isEmpty() ? texts.get("loop.empty") : loop.timers().stream()
                .map(t -> texts.format("loop.timer", t.label(), String.format(java.util.Locale.ROOT, "%.3f",
                        t.whenSeconds())))
                .collect(java.util.stream.Collectors.joining(", "));
        row.text(timers, Part.VALUE).getStyleClass().add("value");
        return row.box;
    }

    /** A task: its coroutine, its state and what it awaits. */
    private Node taskRow(ProcessInfo p, EventLoopInfo loop, EventLoopInfo.TaskInfo t) {
        Row row = new Row(SnapshotChanges.key(p.pid(), loop, t), t.name());
        row.muted(t.coroutine() + "()");
        row.text(texts.get("task." + t.state().name()), Part.STATE);
        if (t.awaiting() != null) {
            row.text(texts.format("task.awaits", t.awaiting()), Part.WAIT);
        }
        return row.box;
    }

    /**
     * gevent's hub, shown as an event loop is: its callbacks in the order it will run them and its timers with their
     * deadlines; then the main greenlet (which runs the hub while it waits) and each greenlet with its state and what
     * it waits for, the one running marked as such.
     */
    private final class HubRows {
        private final ProcessInfo p;
        private final EventLoopInfo hub;

        HubRows(ProcessInfo p, EventLoopInfo hub) {
            this.p = p;
            this.hub = hub;
        }

        List<Node> rows() {
            List<Node> rows = new ArrayList<>();
            rows.add(hubRow());
            if (hub.main() != null) {
                rows.add(greenletRow(hub.main(), texts.get("hub.mainGreenlet")));
            }
            hub.tasks().stream().filter(t -> !hasEnded(t) || changes.changed(SnapshotChanges.key(p.pid(), hub, t)))
                    .forEach(t -> rows.add(greenletRow(t, t.name())));
            return rows;
        }

        private Node hubRow() {
            Row row = new Row(SnapshotChanges.key(p.pid(), hub), texts.get("hub.name"));
            row.muted(texts.get("hub.callbacks"));
            row.text(hub.ready().isEmpty() ? texts.get("loop.empty") : String.join(", ", names(hub.ready())),
                    Part.WAITERS).getStyleClass().add("value");
            row.muted(texts.get("loop.timers"));
            String timers = hub.timers().isEmpty() ? texts.get("loop.empty") : hub.timers().stream()
                    .map(t -> texts.format("loop.timer", name(t.label()), String.format(java.util.Locale.ROOT,
                            "%.3f", t.whenSeconds())))
                    .collect(java.util.stream.Collectors.joining(", "));
            row.text(timers, Part.VALUE).getStyleClass().add("value");
            return row.box;
        }

        private Node greenletRow(EventLoopInfo.TaskInfo g, String shownName) {
            Label name = nameLabel(shownName);
            if (g == hub.main()) {
                // "main greenlet" is wider than the names column (6em in objects.css, which a setter cannot beat).
                name.setStyle("-fx-min-width: 9.5em;");
            }
            Row row = new Row(SnapshotChanges.key(p.pid(), hub, g), name);
            if (g != hub.main()) {
                row.muted(g.coroutine() + "()");
            }
            Label state = row.text(texts.get("greenlet." + g.state().name()), Part.STATE);
            if (g.state() == EventLoopInfo.State.RUNNING) {
                state.getStyleClass().add("state-running");
            }
            if (g.awaiting() != null) {
                row.text(texts.format(g == hub.main() ? "hub.mainWaits" : "greenlet.waits", g.awaiting()), Part.WAIT);
            }
            return row.box;
        }

        private List<String> names(List<String> labels) {
            return labels.stream().map(this::name).toList();
        }

        /** A label naming the main greenlet first names it in this language. */
        private String name(String label) {
            String main = EventLoopInfo.MAIN_GREENLET;
            if (label.equals(main) || label.startsWith(main + " ")) {
                return texts.get("hub.mainGreenlet") + label.substring(main.length());
            }
            return label;
        }
    }

    private Node variableRow(ProcessInfo p, VariableInfo v) {
        Row row = new Row(SnapshotChanges.key(p.pid(), v), v.name());
        row.text(v.value(), Part.VALUE).getStyleClass().add("value");
        if (history == null) {
            return row.box;
        }
        List<VariableHistory.Change> recent = history.changesUpTo(p.pid(), v.name(), snapshot.step(),
                HISTORY_SHOWN + 1);
        if (recent.isEmpty()) {
            return row.box;
        }
        VariableHistory.Change last = recent.get(recent.size() - 1);
        if (last.threadName() != null) {
            HBox setBy = new HBox();
            setBy.getStyleClass().add("thread-group");
            Label caption = new Label(texts.get("variable.setBy"));
            caption.getStyleClass().add("muted");
            Label at = new Label(texts.format("variable.atStep", last.step()));
            at.getStyleClass().add("muted");
            setBy.getChildren().addAll(caption, chips.chip(last.thread()), at);
            row.parts.getChildren().add(setBy);
        }
        // The earlier values, newest first, one label each so that the row wraps.
        for (int i = recent.size() - 2; i >= 0; i--) {
            VariableHistory.Change c = recent.get(i);
            String text = c.threadName() == null ? texts.format("variable.initial", c.value())
                    : texts.format("variable.change", c.value(), c.threadName(), c.step());
            String shown = (i == recent.size() - 2 ? texts.get("variable.before") + " " : "") + text
                    + (i > 0 ? " ·" : "");
            row.muted(shown).getStyleClass().add("history");
        }
        return row.box;
    }
}
