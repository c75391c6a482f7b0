// Progressive enhancement only: every page works without this script.
document.body.classList.add('js-enabled', 'govuk-frontend-supported')
import('/assets/govuk-frontend.min.js').then(function (govuk) {
  govuk.initAll()
})
import('/assets/moj-frontend.min.js').then(function (moj) {
  moj.initAll()
})
