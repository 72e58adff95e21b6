/**
 * How the route engine puts routes into words (content/wording/routes.yaml).
 */
import { defineWording, text } from '../content/wording.js';

export const ROUTE_WORDING = defineWording('routes', {
  duration: {
    none: text(),
    upTo: text('length'),
    about: text('length'),
    sameUnit: text('from', 'length'),
    range: text('from', 'to'),
    week: text(),
    weeks: text('n'),
    month: text(),
    months: text('n'),
    year: text(),
    years: text('n'),
  },
  nextStep: {
    askManager: text(),
    closeGap: text('requirement', 'how'),
    lookForJobs: text('role', 'site', 'url'),
    talkAboutStep: text('route'),
    lookForPosts: text('role', 'site', 'url'),
    checkUniversity: text('route'),
  },
  unreachable: {
    noRoute: text('role'),
    lowerBand: text('role', 'current', 'where'),
    notFoundStartsFrom: text('where', 'role', 'steps', 'names'),
    notFound: text('where', 'role', 'steps'),
    fromRole: text('role'),
    fromSupportWorker: text(),
  },
});
