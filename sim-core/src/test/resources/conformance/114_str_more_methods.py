csv_line = "name, age , city "
fields = [f.strip() for f in csv_line.split(",")]
print(fields)
path = "/home/user/docs/report.final.pdf"
print(path.rsplit("/", 1), path.rsplit(".", 1)[-1], path.split("/")[-1])
print(path.rfind("/"), path[path.rfind("/") + 1:])
print(path.startswith("/home"), path.endswith(("pdf", "doc")))
sentence = "The rain in Spain stays mainly in the plain"
print(sentence.count("ain"), sentence.find("Spain"), sentence.index("in"), sentence.rfind("in"))
print(sentence.lower().count("the"), sentence.replace("ain", "AIN", 2))
print("title case here".title(), "UPPER".capitalize(), "mIxEd".lower())
print("0042".isdigit(), "4.2".isdigit(), "Abc".isalpha(), "A b".isalpha())
print("7".zfill(3), "abc".center(9, "-"), "abc".ljust(6, "*") + "|", "abc".rjust(6, "0"))
print("{:>6}".format("abc") == "abc".rjust(6))
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "  x  y ".split(" "))
print("www.example.com".strip("cmowz."), "...hello...".rstrip("."))
print("hello"[1:4].upper().center(7, "~"))
print("%s has %d chars" % ("word", len("word")))
print("x".join("abc"), "".join(sorted("python")))
