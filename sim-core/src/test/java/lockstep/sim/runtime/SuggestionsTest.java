package lockstep.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "Did you mean" of an AttributeError on an instance of a class with the given attributes: each expectation is
 * what CPython 3.11 printed for {@code type('C', (), {a: 1 for a in attrs})().name}.
 */
class SuggestionsTest {
    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("isAlive", List.of("is_alive", "start", "join", "name", "daemon"), "is_alive"),
            Arguments.of("apend", List.of("append", "extend", "pop"), "append"),
            Arguments.of("colour", List.of("color", "colors"), "color"),
            Arguments.of("VALUE", List.of("value", "values"), null),
            Arguments.of("x", List.of("y", "xx", "xy"), "xx"),
            Arguments.of("abc", List.of("xyz", "def"), null),
            Arguments.of("counter", List.of("count", "counters", "Counter"), "Counter"),
            Arguments.of("lenght", List.of("length", "len", "height"), "height"),
            Arguments.of("getname", List.of("getName", "get_name", "name"), "getName"),
            Arguments.of("a".repeat(41), List.of("a".repeat(40)), "a".repeat(40)),
            Arguments.of("résumé", List.of("resume", "résume"), "résume"),
            Arguments.of("fooBar", List.of("foo_bar", "foobar", "FooBar"), "FooBar"),
            Arguments.of("tsk", List.of("task", "tasks", "ask"), "ask"),
            Arguments.of("ab", List.of("ba", "abc"), "abc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void suggestsWhatCPythonSuggests(String name, List<String> attributes, String expected) {
        PyType c = new PyType("C", Types.OBJECT, false, "__main__");
        for (String a : attributes) {
            c.dict.put(a, PyInt.of(1));
        }
        assertEquals(expected, Suggestions.nearest(Suggestions.attributeNames(new PyInstance(c)), name));
    }
}
