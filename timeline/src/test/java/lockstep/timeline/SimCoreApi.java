package lockstep.timeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import lockstep.sim.Simulator;

/**
 * sim-core's published API, read from its module descriptor. The modules above it run on the class path, where the
 * descriptor does not guard anything, so their architecture tests check the same boundary with this rule.
 */
public final class SimCoreApi {
    /** sim-core's module name. */
    public static final String MODULE = "lockstep.sim";

    private SimCoreApi() {}

    /** The packages sim-core exports, from its {@code module-info.class} (a jar or the reactor's class folder). */
    public static Set<String> exportedPackages() {
        try {
            Path location = Path.of(Simulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleDescriptor descriptor = ModuleFinder.of(location).find(MODULE)
                    .orElseThrow(() -> new IllegalStateException("no module " + MODULE + " at " + location))
                    .descriptor();
            Set<String> exported = new TreeSet<>();
            for (ModuleDescriptor.Exports exports : descriptor.exports()) {
                if (!exports.isQualified()) {
                    exported.add(exports.source());
                }
            }
            return exported;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No class in {@code packages} (an ArchUnit pattern, e.g. {@code lockstep.cli..}) uses sim-core's insides. */
    public static ArchRule onlyExportedPackagesUsedBy(String packages) {
        Set<String> exported = exportedPackages();
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe(
                "are in a package of sim-core that its module does not export " + exported,
                type -> isSimCore(type.getPackageName()) && !exported.contains(type.getPackageName()));
        return noClasses().that().resideInAPackage(packages).should().dependOnClassesThat(internal);
    }

    private static boolean isSimCore(String packageName) {
        return packageName.equals("lockstep.sim") || packageName.startsWith("lockstep.sim.");
    }
}
