package lockstep.sim.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import lockstep.sim.analysis.Deadlock;
import lockstep.sim.trace.TraceEvent.Acquired;
import lockstep.sim.trace.TraceEvent.Blocked;
import lockstep.sim.trace.TraceEvent.Deadlocked;
import lockstep.sim.trace.TraceEvent.ErrorRaised;
import lockstep.sim.trace.TraceEvent.ForkServerStarted;
import lockstep.sim.trace.TraceEvent.Forked;
import lockstep.sim.trace.TraceEvent.GilHandedOver;
import lockstep.sim.trace.TraceEvent.LoopChanged;
import lockstep.sim.trace.TraceEvent.Printed;
import lockstep.sim.trace.TraceEvent.Released;
import lockstep.sim.trace.TraceEvent.Slept;
import lockstep.sim.trace.TraceEvent.Spawned;
import lockstep.sim.trace.TraceEvent.StepLimitReached;
import lockstep.sim.trace.TraceEvent.TaskEnded;
import lockstep.sim.trace.TraceEvent.TaskResumed;
import lockstep.sim.trace.TraceEvent.TaskStarted;
import lockstep.sim.trace.TraceEvent.TaskWoken;
import lockstep.sim.trace.TraceEvent.TaskYielded;
import lockstep.sim.trace.TraceEvent.ThreadEnded;
import lockstep.sim.trace.TraceEvent.ThreadStarted;
import lockstep.sim.trace.TraceEvent.TimedOut;
import lockstep.sim.trace.TraceEvent.Woke;

/**
 * The one place where an event becomes a sentence: its message key and arguments, rendered by
 * {@link NarrationRenderer}. Only text renderings use it (the narration panel, {@code --trace}, {@code --events},
 * golden files); views read the events' fields, so rewording a sentence cannot change what they show.
 */
public final class EventNarrator {
    private EventNarrator() {}

    /** What {@code event} says, naming its threads from {@code names}' thread table. */
    public static Narration narrate(TraceEvent event, Trace names) {
        String who = names.threadName(event.thread());
        if (event instanceof TraceEvent.LostUpdate e) {
            return lostUpdate(e, who, names);
        }
        if (event instanceof ThreadStarted e) {
            return e.parent() < 0 ? Narration.of("event.thread_start", who)
                    : Narration.of("event.thread_started", who, names.threadName(e.started()));
        } else if (event instanceof ThreadEnded e) {
            return Narration.of(e.daemonStopped() ? "event.daemon_stopped" : "event.thread_end", who);
        } else if (event instanceof Printed e) {
            return Narration.of(e.stderr() ? "event.print_stderr" : "event.print", e.text());
        } else if (event instanceof Slept e) {
            return Narration.of("event." + e.pause().name().toLowerCase(Locale.ROOT), who, e.nanos() / 1e9);
        } else if (event instanceof Blocked e) {
            return blocked(e, who, names);
        } else if (event instanceof Acquired e) {
            return Narration.of("event.acquire", who, name(e.object(), names), e.object().key());
        } else if (event instanceof Released e) {
            return Narration.of("event.release", who, name(e.object(), names), e.object().key());
        } else if (event instanceof TimedOut e) {
            return Narration.of("event.timeout", who, name(e.object(), names));
        } else if (event instanceof Woke) {
            return Narration.of("event.wake", who);
        } else if (event instanceof GilHandedOver e) {
            return gil(e, who, names);
        }
        return processOrRun(event, who, names);
    }

    private static Narration name(TraceEvent.ObjectRef object, Trace names) {
        return ObjectNames.narration(object.name(), names);
    }

    private static Narration blocked(Blocked e, String who, Trace names) {
        String state = e.why().state();
        if (e.why() == TraceEvent.Why.SHUTDOWN) {
            return Narration.of("event.shutdown_wait", who, state);
        }
        return e.holder() >= 0
                ? Narration.of("event.block_held", who, name(e.object(), names), names.threadName(e.holder()), state)
                : Narration.of("event.block", who, name(e.object(), names), state);
    }

    private static Narration processOrRun(TraceEvent event, String who, Trace names) {
        if (event instanceof Forked e) {
            return Narration.of("event.fork", e.parentPid(), e.childPid(), who);
        } else if (event instanceof Spawned e) {
            return Narration.of(e.viaServer() ? "event.spawn_server" : "event.spawn", e.parentPid(), e.childPid());
        } else if (event instanceof ForkServerStarted e) {
            return Narration.of("event.forkserver", e.pid());
        } else if (event instanceof ErrorRaised e) {
            return error(e, who);
        } else if (event instanceof StepLimitReached e) {
            return Narration.of("event.step_limit", e.maxSteps());
        } else if (event instanceof Deadlocked e) {
            return deadlock(e.deadlock(), names);
        }
        return task(event);
    }

    private static Narration task(TraceEvent event) {
        if (event instanceof TaskStarted e) {
            return Narration.of(key("created", e.runner()), e.started(), e.coroutine());
        } else if (event instanceof TaskYielded e) {
            return Narration.of(key("yield", e.runner()), e.yielding(), e.awaits());
        } else if (event instanceof TaskWoken e) {
            return Narration.of(key("wake", e.runner()), e.woken(), e.awaited());
        } else if (event instanceof TaskResumed e) {
            return e.coroutine() != null ? Narration.of(key("first_run", e.runner()), e.resumed(), e.coroutine())
                    : Narration.of(key("resume", e.runner()), e.resumed());
        } else if (event instanceof TaskEnded e) {
            return switch (e.ending()) {
                case RETURNED -> Narration.of(key("returned", e.runner()), e.ended(), e.detail());
                case RAISED -> Narration.of(key("raised", e.runner()), e.ended(), e.detail());
                case CANCELLED -> Narration.of(key("cancelled", e.runner()), e.ended());
            };
        } else if (event instanceof LoopChanged e) {
            return Narration.of("event.loop_state", e.readyQueue(), timers(e.timers()));
        } else if (event instanceof TraceEvent.GeneratorHandoff e) {
            return Narration.of("event.generator_" + e.handoff().name().toLowerCase(Locale.ROOT), e.generator(),
                    e.value());
        }
        throw new IllegalArgumentException("no narration for " + event);
    }

    /** The narration key of a task's event: an asyncio task's, or a greenlet's told as gevent's hub runs it. */
    private static String key(String what, TraceEvent.TaskRunner runner) {
        return runner == TraceEvent.TaskRunner.GEVENT ? "event.greenlet_" + GREENLET_WORDS.getOrDefault(what, what)
                : "event.task_" + what;
    }

    /** A greenlet is spawned rather than created, and killed rather than cancelled. */
    private static final java.util.Map<String, String> GREENLET_WORDS = java.util.Map.of(
            "created", "spawned", "cancelled", "killed");

    /** The loop's timers, {@code [Task-2 sleep(1) @ 1.000 s]}: each time in the narration's unit. */
    private static Narration timers(List<TraceEvent.LoopTimer> timers) {
        List<Object> each = new ArrayList<>();
        for (TraceEvent.LoopTimer t : timers) {
            each.add(Narration.of("event.loop_timer", t.label(), String.format(Locale.ROOT, "%.3f", t.whenSeconds())));
        }
        return Narration.of("event.loop_timers", Narration.joined(", ", each));
    }

    /** A GIL hand-off, told with why its last holder dropped it. */
    private static Narration gil(GilHandedOver e, String who, Trace names) {
        if (e.from() < 0 || e.reason() == TraceEvent.GilReason.FIRST) {
            return Narration.of("event.gil_take", who);
        }
        String key = "event.gil_" + e.reason().name().toLowerCase(Locale.ROOT);
        return Narration.of(key, names.threadName(e.from()), who);
    }

    /** An exception that ends a thread, told with its traceback's last line. */
    private static Narration error(ErrorRaised e, String who) {
        return Narration.of("event.uncaught_error", who, e.summary());
    }

    /**
     * A deadlock: its cycle when there is one, else every waiting thread with what it waits for. Threads and objects
     * are named from the typed data when the deadlock has it, so they render in the narration's language.
     */
    private static Narration deadlock(Deadlock d, Trace names) {
        Map<Integer, Deadlock.Waiting> byThread = new HashMap<>();
        for (Deadlock.Waiting w : d.waiting()) {
            byThread.put(w.threadId(), w);
        }
        if (!d.cycle().isEmpty()) {
            boolean typed = d.cycleThreads().size() * 2 - 1 == d.cycle().size()
                    && d.cycleThreads().stream().allMatch(id -> byThread.containsKey(id) && byThread.get(id).what() != null);
            if (!typed) {
                return Narration.of("event.deadlock_cycle", String.join(" → ", d.cycle()));
            }
            List<Object> parts = new ArrayList<>();
            List<Integer> ids = d.cycleThreads();
            for (int i = 0; i < ids.size(); i++) {
                Deadlock.Waiting w = byThread.get(ids.get(i));
                parts.add(thread(w, names));
                if (i + 1 < ids.size()) {
                    parts.add(ObjectNames.narration(w.what(), names));
                }
            }
            return Narration.of("event.deadlock_cycle", Narration.joined(" → ", parts));
        }
        List<Object> parts = new ArrayList<>();
        for (Deadlock.Waiting w : d.waiting()) {
            parts.add(w.what() == null ? w.thread() + " → " + w.object() : waitsForever(w, names));
        }
        return Narration.of("event.deadlock_forever", Narration.joined(", ", parts));
    }

    /**
     * A thread that waits forever and what for, with its holder as {@link Deadlock#explanation()} says it: one that
     * does not exist in the waiter's process (a lock copied by fork) or one that lives but is not in a cycle.
     */
    private static Narration waitsForever(Deadlock.Waiting w, Trace names) {
        Narration waits = Narration.joined(" → ", List.of(thread(w, names), ObjectNames.narration(w.what(), names)));
        if (w.holder() == null) {
            return waits;
        }
        String holder = w.holderId() >= 0 ? names.threadName(w.holderId()) : w.holder();
        return Narration.of(w.orphaned() ? "event.deadlock_orphaned" : "event.deadlock_held", waits, holder);
    }

    /** A waiting thread by name, with its process when that is not the program's own. */
    private static Object thread(Deadlock.Waiting w, Trace names) {
        String name = names.threadName(w.threadId());
        return w.pid() < 0 ? name : Narration.of("object.thread_in_process", name, w.pid());
    }

    /** A lost update: who writes what over whose value, never seen, and which variable loses the update. */
    private static Narration lostUpdate(TraceEvent.LostUpdate e, String who, Trace names) {
        return Narration.of("event.lost_update", who, e.value(), names.threadName(e.overwrittenWriter()),
                e.overwrittenValue(), e.variable());
    }
}
