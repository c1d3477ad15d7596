package lockstep.timeline;

/**
 * What is under a point of the timeline: the lane (-1 for none: the axis, a process heading, the legend), the step
 * whose column holds the point, the step boundary nearest to it (where a click puts the cursor), and whether the
 * point is on the plot or its axis (not on the lane labels left of it, nor on the legend).
 */
public record Hit(int lane, long step, long boundary, boolean inPlot) {}
