package lockstep.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What keeps the simulator deterministic and toolkit-free, checked on its compiled classes: no JavaFX, no identity
 * hashes, no wall clock, no unseeded randomness, no mutable static state. A run may depend only on its program, its
 * options and its seed.
 */
class ArchitectureTest {
    private static JavaClasses simulator;

    @BeforeAll
    static void importSimulator() {
        simulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lockstep.sim");
    }

    static final ArchRule NO_JAVAFX = noClasses().that().resideInAPackage("lockstep.sim..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("sim-core runs without a toolkit (the command line, the benchmarks, the tests)");

    /**
     * {@code IdentityIndex}, the state walk's table of objects met, is exempt as {@code IdentityHashMap} is: it only
     * looks objects up and is never iterated, so where a hash places a key never decides an order.
     */
    static final ArchRule NO_IDENTITY_HASHES = noClasses().that().resideInAPackage("lockstep.sim..")
            .and().doNotHaveFullyQualifiedName("lockstep.sim.machine.IdentityIndex")
            .should().callMethod(System.class, "identityHashCode", Object.class)
            .because("identity hashes change from run to run and with the garbage collector: ids come from the "
                    + "run's object space");

    static final ArchRule NO_WALL_CLOCK = noClasses().that().resideInAPackage("lockstep.sim..")
            .should().callMethodWhere(target("reads the wall clock", ArchitectureTest::readsWallClock))
            .orShould().callConstructor(java.util.Date.class)
            .because("time in a run is virtual: the machine's clock");

    static final ArchRule NO_UNSEEDED_RANDOMNESS = noClasses().that().resideInAPackage("lockstep.sim..")
            .should().callConstructor(Random.class)
            .orShould().callConstructor(SplittableRandom.class)
            .orShould().callMethod(Math.class, "random")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
            .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class)
            .because("randomness in a run comes from the run's seed (PythonRandom)");

    static final ArchRule STATIC_FIELDS_ARE_FINAL = fields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("lockstep.sim..")
            .should().beFinal()
            .because("state lives in the run, not in the JVM: two runs in one JVM must not see each other");

    static final ArchRule NO_MUTABLE_STATIC_CONSTANTS = noFields().that().areStatic()
            .and().areDeclaredInClassesThat().resideInAPackage("lockstep.sim..")
            .and(new DescribedPredicate<JavaField>("are not private arrays nor made by the compiler") {
                @Override
                public boolean test(JavaField f) {
                    // A private array constant filled only by its own class's initializer is allowed (enum
                    // values(), small tables): nothing outside can reach it. The compiler's switch maps on enums
                    // are synthetic and never written after their initializer.
                    return !(f.getRawType().isArray() && f.getModifiers().contains(JavaModifier.PRIVATE))
                            && !f.getModifiers().contains(JavaModifier.SYNTHETIC);
                }
            })
            .should().haveRawType(new DescribedPredicate<JavaClass>("a mutable type (a concrete collection or map, "
                    + "an array, a ThreadLocal, a string builder, an atomic)") {
                @Override
                public boolean test(JavaClass type) {
                    return isMutable(type);
                }
            })
            .because("a static collection is state shared by every run in the JVM; constants are List.of, Set.of, "
                    + "Map.of or unmodifiable views, typed as the interface");

    private static DescribedPredicate<JavaAccess<?>> target(String description,
                                                            java.util.function.Predicate<JavaCodeUnit> test) {
        return new DescribedPredicate<>(description) {
            @Override
            public boolean test(JavaAccess<?> access) {
                return access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget t
                        && t.resolveMember().map(test::test).orElse(false);
            }
        };
    }

    private static boolean readsWallClock(JavaCodeUnit method) {
        String owner = method.getOwner().getName();
        String name = method.getName();
        if (owner.equals(System.class.getName())) {
            return name.equals("currentTimeMillis") || name.equals("nanoTime");
        }
        if (owner.startsWith("java.time.")) {
            return name.equals("now") || (owner.equals(java.time.Clock.class.getName()) && name.startsWith("system"));
        }
        return false;
    }

    /** Declared types that hold state when static: concrete collections and maps, arrays, and their kin. */
    static boolean isMutable(JavaClass type) {
        if (type.isArray()) {
            return true;
        }
        boolean collection = type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class);
        return (collection && !type.isInterface())
                || type.isAssignableTo(ThreadLocal.class)
                || type.isAssignableTo(StringBuilder.class)
                || type.isAssignableTo(StringBuffer.class)
                || type.isAssignableTo(java.lang.ref.ReferenceQueue.class)
                || type.getPackageName().equals("java.util.concurrent.atomic");
    }

    /**
     * What the declared type cannot tell: a static field typed as an interface ({@code List}, {@code Map}) holds an
     * unmodifiable collection, and every static built-in type is frozen once the builtins exist.
     */
    @Test
    void staticCollectionsAreUnmodifiableAndBuiltinTypesFrozen() throws IllegalAccessException {
        lockstep.sim.library.Builtins.all();
        List<String> mutable = new ArrayList<>();
        for (JavaClass c : simulator) {
            for (JavaField f : c.getFields()) {
                if (!f.getModifiers().contains(JavaModifier.STATIC) || f.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    continue;
                }
                boolean collection = f.getRawType().isAssignableTo(Collection.class)
                        || f.getRawType().isAssignableTo(Map.class);
                boolean type = f.getRawType().isAssignableTo(lockstep.sim.runtime.PyType.class);
                if (!collection && !type) {
                    continue;
                }
                java.lang.reflect.Field field = f.reflect();
                field.setAccessible(true);
                Object value = field.get(null);
                if (collection && value != null && !isUnmodifiable(value)) {
                    mutable.add(f.getFullName() + " holds a " + value.getClass().getName());
                }
                if (type && value != null && !((lockstep.sim.runtime.PyType) value).isFrozen()) {
                    mutable.add(f.getFullName() + " is a built-in type that is not frozen");
                }
            }
        }
        assertEquals(List.of(), mutable);
    }

    private static boolean isUnmodifiable(Object collection) {
        String name = collection.getClass().getName();
        return name.startsWith("java.util.ImmutableCollections$") || name.startsWith("java.util.Collections$Unmodifiable")
                || name.startsWith("java.util.Collections$Empty") || name.startsWith("java.util.Collections$Singleton");
    }

    @Test
    void noJavaFx() {
        NO_JAVAFX.check(simulator);
    }

    @Test
    void noIdentityHashes() {
        NO_IDENTITY_HASHES.check(simulator);
    }

    @Test
    void noWallClock() {
        NO_WALL_CLOCK.check(simulator);
    }

    @Test
    void noUnseededRandomness() {
        NO_UNSEEDED_RANDOMNESS.check(simulator);
    }

    @Test
    void staticFieldsAreFinal() {
        STATIC_FIELDS_ARE_FINAL.check(simulator);
    }

    @Test
    void noMutableStaticConstants() {
        NO_MUTABLE_STATIC_CONSTANTS.check(simulator);
    }

    // ---- each rule can fail: classes that break them, imported on their own

    /** Classes in {@code lockstep.sim} that do what the rules forbid; never used. */
    @SuppressWarnings("unused")
    static final class Violations {
        private Violations() {}

        static final class IdentityHash {
            int hash(Object o) {
                return System.identityHashCode(o);
            }
        }

        static final class WallClock {
            long now() {
                return System.nanoTime() + java.time.Instant.now().getNano();
            }
        }

        static final class Unseeded {
            double roll() {
                return new Random().nextDouble() + Math.random();
            }
        }

        static final class NonFinalStatic {
            static int counter;
        }

        static final class MutableStaticConstant {
            static final java.util.HashMap<String, String> CACHE = new java.util.HashMap<>();
            static final int[] TABLE = {1, 2};
        }
    }

    /** The JavaFX rule cannot be shown here: sim-core has no JavaFX to depend on (checked by hand with javafx-base). */
    @Test
    void everyRuleFailsOnAClassThatBreaksIt() {
        assertViolated(NO_IDENTITY_HASHES, Violations.IdentityHash.class);
        assertViolated(NO_WALL_CLOCK, Violations.WallClock.class);
        assertViolated(NO_UNSEEDED_RANDOMNESS, Violations.Unseeded.class);
        assertViolated(STATIC_FIELDS_ARE_FINAL, Violations.NonFinalStatic.class);
        assertViolated(NO_MUTABLE_STATIC_CONSTANTS, Violations.MutableStaticConstant.class);
    }

    private static void assertViolated(ArchRule rule, Class<?> breaker) {
        JavaClasses classes = new ClassFileImporter().importClasses(breaker);
        assertTrue(rule.evaluate(classes).hasViolation(),
                breaker.getSimpleName() + " should break: " + rule.getDescription());
    }

    // ---- natives fail with Python exceptions (issue 14)

    /**
     * Classes of the runtime and the library that may construct a Java platform exception, each for a reason: the
     * exception marks a bug of the simulator's own code (an internal invariant), never a program's wrong argument,
     * and the machine's last line of defence turns one that escapes a native into {@code SystemError}.
     */
    static final Set<String> MAY_THROW_JAVA_EXCEPTIONS = Set.of(
            // The project's own exception types: their constructors call RuntimeException's.
            "lockstep.sim.runtime.PyRaise", "lockstep.sim.runtime.format.FormatError",
            // A library module bundled with the simulator that does not compile, or a module name the loader
            // accepted but no module answers to: the build's fault, not the program's.
            "lockstep.sim.library.Modules", "lockstep.sim.library.GeventModules",
            "lockstep.sim.library.StdlibModules", "lockstep.sim.library.UtilityModules",
            // A context without a machine asked to run, print, fork or start threads: Java callers' misuse
            // (diagnostics and tests use it, programs never reach it).
            "lockstep.sim.runtime.PlainContext", "lockstep.sim.runtime.ProcessControl",
            // Invariants of the runtime's own data: a built-in type changed after it was frozen, a request of
            // the machine taken for a value, a non-empty set without an item, a Java value with no Python
            // counterpart, a format code or radix the format parser never hands on.
            "lockstep.sim.runtime.PyType", "lockstep.sim.runtime.MachineRequest",
            "lockstep.sim.runtime.SetPopCursor", "lockstep.sim.runtime.Formatting",
            "lockstep.sim.runtime.format.FloatText", "lockstep.sim.runtime.format.IntFormat");

    static final ArchRule NATIVES_RAISE_PYTHON_EXCEPTIONS = noClasses()
            .that().resideInAnyPackage("lockstep.sim.library..", "lockstep.sim.runtime..")
            .and(new DescribedPredicate<JavaClass>("are not listed in MAY_THROW_JAVA_EXCEPTIONS") {
                @Override
                public boolean test(JavaClass c) {
                    String outer = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$'))
                            : c.getName();
                    return !MAY_THROW_JAVA_EXCEPTIONS.contains(outer);
                }
            })
            .should().callConstructorWhere(target("constructs a Java platform RuntimeException",
                    ArchitectureTest::isPlatformRuntimeException))
            .because("a wrong type or value from the program is Python's TypeError, ValueError, OverflowError ...: "
                    + "a native raises Errors' exceptions, never a Java one (issue 14)");

    private static boolean isPlatformRuntimeException(JavaCodeUnit constructor) {
        JavaClass owner = constructor.getOwner();
        return owner.getPackageName().startsWith("java.") && owner.isAssignableTo(RuntimeException.class);
    }

    @Test
    void nativesRaisePythonExceptions() {
        NATIVES_RAISE_PYTHON_EXCEPTIONS.check(simulator);
    }
}
