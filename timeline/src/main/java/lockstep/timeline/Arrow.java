package lockstep.timeline;

/** A cause in one lane and its effect in another, at step boundaries ({@code fromStep <= toStep}). */
public record Arrow(ArrowKind kind, int fromLane, long fromStep, int toLane, long toStep) {}
