class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

versions = [Version(2, 0), Version(1, 5), Version(1, 10), Version(0, 9)]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1))
print(Version(1, 0) < Version(1, 1), Version(3, 0) > Version(2, 9))
print(Version(1, 5) in versions)
versions.sort()
print(versions)

class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

p = Playlist(["a", "b", "c"])
print(len(p))
empty = Playlist([])
print(len(empty))
if not empty:
    print("empty playlist is falsy")
if p:
    print("non-empty playlist is truthy")
