print("repro: being written")
