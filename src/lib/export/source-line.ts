/** The source line under every exported chart and on the printed brief. */
export const SOURCE_LINE =
  "Source: London Social Prescribing Explorer, a reconstruction of Healthy London Partnership's 2016-17 modelling " +
  '(not HLP figures). Data: ONS, NHS Digital, DCLG and GLA, Open Government Licence v3.0.';
