// The page's own script: mark the section being read in the table of contents.
const links = new Map(
  [...document.querySelectorAll('nav a[href^="#"]')].map((link) => [link.hash.slice(1), link]),
)
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    const link = links.get(entry.target.id)
    if (link && entry.isIntersecting) {
      for (const other of links.values()) other.removeAttribute('aria-current')
      link.setAttribute('aria-current', 'true')
    }
  }
})
for (const id of links.keys()) {
  const heading = document.getElementById(id)
  if (heading) observer.observe(heading)
}
