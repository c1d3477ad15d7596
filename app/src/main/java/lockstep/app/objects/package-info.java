/**
 * The objects panel: what the machine holds at the current step, per process — threads, locks, conditions,
 * semaphores, events, barriers, queues and shared variables with their history — with what changed since the
 * previous step highlighted. {@link lockstep.app.objects.ObjectsPanel} is the view; {@link
 * lockstep.app.objects.SnapshotChanges} finds the changes without any toolkit.
 */
package lockstep.app.objects;
