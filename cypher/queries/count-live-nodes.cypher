// Live nodes: every graph node minus the ghost placeholders, both from the count store.
CALL () {
  MATCH (n:KgNode)
  RETURN count(n) AS everything
}
CALL () {
  MATCH (g:KgGhost)
  RETURN count(g) AS ghosts
}
RETURN everything - ghosts AS total
