import WartaCLI

await Warta.main()
