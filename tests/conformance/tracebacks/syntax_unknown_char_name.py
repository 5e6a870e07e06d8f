MESSAGES = {
    "ok": "\N{WHITE HEAVY CHECK MARK} done",
    "warn": "\N{WARNING SIGN} careful",
    "fail": "\N{HEAVY BALLOT X} \N{NOT A CHARACTER NAME}",
}
print(MESSAGES["ok"])
