print("start")
raise Exception("plain exception with message")
