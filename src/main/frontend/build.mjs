// Compiles Goodwork's stylesheet from GOV.UK Frontend and MoJ Frontend and copies the scripts and
// images the pages use. Usage: node build.mjs <output static directory>
import * as sass from 'sass'
import { cpSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const out = resolve(process.argv[2] ?? join(root, 'target/classes/static'))
const assets = join(out, 'assets')
const modules = join(root, 'node_modules')

mkdirSync(assets, { recursive: true })

const css = sass.compile(join(root, 'src/main/frontend/goodwork.scss'), {
  loadPaths: [modules, root],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import']
})
writeFileSync(join(assets, 'goodwork.css'), css.css)

cpSync(join(modules, 'govuk-frontend/dist/govuk/govuk-frontend.min.js'), join(assets, 'govuk-frontend.min.js'))
cpSync(join(modules, '@ministryofjustice/frontend/moj/moj-frontend.min.js'), join(assets, 'moj-frontend.min.js'))
cpSync(join(modules, 'govuk-frontend/dist/govuk/assets/images'), join(assets, 'images'), { recursive: true })
cpSync(join(root, 'src/main/frontend/favicon.svg'), join(assets, 'images/favicon.svg'))

// One script tag in the layout: the frameworks are ES modules, so a tiny loader imports them.
writeFileSync(join(assets, 'goodwork.js'), readFileSync(join(root, 'src/main/frontend/goodwork.js')))
console.log(`Front-end assets written to ${assets}`)
