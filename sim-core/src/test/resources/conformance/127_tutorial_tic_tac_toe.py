board = [[" "] * 3 for _ in range(3)]
moves = [(1, 1, "X"), (0, 0, "O"), (0, 2, "X"), (2, 0, "O"), (1, 0, "X"), (1, 2, "O"), (2, 2, "X"), (0, 1, "O"), (2, 1, "X")]

def show():
    for i, row in enumerate(board):
        print(" " + " | ".join(row))
        if i < 2:
            print("---+---+---")

def winner():
    lines = [row[:] for row in board]
    lines += [[board[r][c] for r in range(3)] for c in range(3)]
    lines.append([board[i][i] for i in range(3)])
    lines.append([board[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None

for turn, (r, c, mark) in enumerate(moves, 1):
    board[r][c] = mark
    w = winner()
    if w:
        print(f"turn {turn}: {w} wins")
        break
else:
    print("draw")
show()
