// The tender pack page; assembled in the next commit. Until then the page only says it needs JavaScript.
