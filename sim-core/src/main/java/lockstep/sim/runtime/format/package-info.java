/**
 * CPython 3.11's number and string formatting, reproduced character for character in plain Java (JDK only).
 *
 * <ul>
 *   <li>{@link lockstep.sim.runtime.format.FloatRepr}: {@code repr(float)}, {@code round(float, n)} and the
 *       fixed/exponent/general renderings behind every float format.</li>
 *   <li>{@link lockstep.sim.runtime.format.FormatSpec}: the format-spec mini-language and
 *       {@code format(value, spec)} for int, bool, float, str and plain objects.</li>
 *   <li>{@link lockstep.sim.runtime.format.PercentFormat}: printf-style {@code str % args}.</li>
 *   <li>{@link lockstep.sim.runtime.format.StrFormat}: {@code str.format} templates (parsing, and formatting
 *       through a caller-supplied object model).</li>
 *   <li>{@link lockstep.sim.runtime.format.IntFormat}: {@code str/bin/oct/hex} of ints and int-to-float.</li>
 *   <li>{@link lockstep.sim.runtime.format.PyValues}: {@code str}/{@code repr}/{@code ascii} of plain Java values.</li>
 * </ul>
 *
 * Values are plain Java: {@code Long}/{@code Integer}/{@code BigInteger} (int), {@code Boolean} (bool),
 * {@code Double} (float), {@code String} (str), {@code List} (tuple), {@code Map} (dict), {@code null} (None).
 * Python-level failures are thrown as {@link lockstep.sim.runtime.format.FormatError} carrying the exception type
 * name and CPython's exact message. Numeric locale is always "C" (as in a CPython process that never calls
 * {@code locale.setlocale(LC_NUMERIC, ...)}), so type {@code n} never groups digits.
 */
package lockstep.sim.runtime.format;
