package lockstep.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import lockstep.app.objects.ObjectsPanel;

/**
 * Every view is built in two phases: {@code createView()} constructs its nodes, then {@code initListeners()} wires
 * them to the models. {@link ObjectsPanel} has no models to listen to: it is shown pictures
 * ({@code lockstep.app.window.ObjectsFollower} is its listening half), so it is left out.
 */
@AnalyzeClasses(packages = "lockstep.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewPatternTest {
    private static final DescribedPredicate<JavaClass> DECLARE_CREATE_VIEW = DescribedPredicate.describe(
            "declare createView()", type -> declares(type, "createView"));

    @ArchTest
    static final ArchRule VIEWS_CREATE_THEN_WIRE = classes().that(DECLARE_CREATE_VIEW)
            .and().doNotBelongToAnyOf(ObjectsPanel.class)
            .should(com.tngtech.archunit.lang.conditions.ArchConditions.have(DescribedPredicate.describe(
                    "an initListeners() method", type -> declares(type, "initListeners"))));

    private static boolean declares(JavaClass type, String method) {
        return type.getMethods().stream().anyMatch(m -> m.getName().equals(method) && m.getRawParameterTypes().isEmpty());
    }
}
