# an unknown type
pattern test.bogus.one
type bogus
regex x
