package lockstep.sim.inspect;

import lockstep.sim.trace.ObjectName;

/**
 * What a BLOCKED or WAITING thread waits for.
 *
 * @param key          the machine's key of what it waits on ({@code lock#3}), as in trace events
 * @param name         how the program names it: the variable holding the object (for a wait on a condition, the
 *                     condition, semaphore, event, barrier or queue it belongs to), else the machine's description
 *                     ({@code the end of Thread-1})
 * @param holder       the thread whose release would end the wait (a lock's owner), or null
 * @param holderAbsent the holder is not a thread of the waiter's process (a lock copied by a fork): it never comes
 * @param what         the name as data, for views that show it in another language than English
 */
public record WaitInfo(String key, String name, ThreadRef holder, boolean holderAbsent, ObjectName what) {}
