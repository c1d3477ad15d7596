# Nested except*: what a clause raises goes on alone when it is all there is, its context kept but suppressed.
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1)])
    except* ValueError as e1:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as e2:
            pass
except BaseException as top:
    print(repr(top), repr(top.__context__))
    m = top.exceptions[0]
    print(repr(m), repr(m.__context__))
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1)])
    except* ValueError as e1:
        raise ExceptionGroup("inner", [OSError(4)])
except BaseException as top:
    m = top.exceptions[0]
    print(repr(m), repr(m.__context__))
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1)])
    except* ValueError as e1:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as e2:
            pass
except BaseException as top:
    print(repr(top), repr(top.__context__))
    m = top.exceptions[0]
    print(repr(m), repr(m.__context__))
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replaced")
except TypeError as e:
    print("plain:", repr(e), repr(e.__context__), e.__suppress_context__)
try:
    raise KeyError("k")
except KeyError:
    try:
        raise ValueError("v") from None
    except ValueError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
