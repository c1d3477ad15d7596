/**
 * What programs find without defining it: the built-in functions and type constructors ({@code Builtins},
 * {@code Constructors}), the methods of built-in types ({@code TypeMethods}), and the simulated modules
 * ({@code Modules}: {@code time}, {@code math}, {@code random}, {@code sim}).
 */
package lockstep.sim.library;
