package lockstep.sim.lang;

import java.util.List;

/** One {@code for target in iter if cond...} clause of a comprehension; {@code isAsync} for {@code async for}. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    public Comprehension(Expr target, Expr iter, List<Expr> ifs) {
        this(target, iter, ifs, false);
    }
}
