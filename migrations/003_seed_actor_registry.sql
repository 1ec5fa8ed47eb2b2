-- The actor registry as the five seed texts name it: organisations, agencies and governments,
-- with the other names the texts use for them (acronyms, Indonesian and English forms). Only what
-- the seeds name; annotators add the rest from the editor. A country is registered through its
-- government ('Pemerintah Kamboja'), not its bare name, which the texts mostly use for the place.

CREATE TEMP TABLE seed_entities (canonical_name TEXT, english_name TEXT, type TEXT, aliases TEXT);

INSERT INTO seed_entities (canonical_name, english_name, type, aliases) VALUES
  -- Non-governmental organisations
  ('ECPAT', 'ECPAT', 'ngo', json_array(
    'ECPAT Indonesia', 'ECPAT Kamboja', 'ECPAT International', 'ECPAT Internasional',
    'End Child Prostitution, Child Pornography and Child Trafficking for Sexual Purposes',
    'End Child Prostitution, Child Pornography and Trafficking of Children for Sexual Purposes',
    'End Child Prostitution in Asia Tourism',
    'Koalisi Nasional untuk Penghapusan Eksploitasi Seksual Komersial Anak')),
  ('The Asia Foundation', 'The Asia Foundation', 'ngo', json_array('TAF', 'Asia Foundation')),
  ('IJM', 'International Justice Mission', 'ngo', json_array('International Justice Mission')),
  ('AIM', 'Agape International Mission', 'ngo', json_array('Agape International Mission')),
  ('CCHR', 'Cambodian Center for Human Rights', 'ngo', json_array('Cambodian Center for Human Rights', 'Pusat HAM Kamboja')),
  ('AFESIP', 'AFESIP', 'ngo', json_array()),
  ('Yayasan Somaly Mam', 'Somaly Mam Foundation', 'ngo', json_array()),
  ('VCAO', 'Vulnerable Children Assistance Organization', 'ngo', json_array('Vulnerable Children Assistance Organization')),
  ('CPO', 'Community Peace Organization', 'ngo', json_array('Community Peace Organization')),
  ('SCADP', 'Street Children Assistance and Development Programme', 'ngo', json_array('Street Children Assistance and Development Programme')),
  ('CCASVA', 'Cambodian Children Against Starvation and Violence Association', 'ngo',
    json_array('Cambodian Children Against Starvation and Violence Association')),
  ('Walk Free Foundation', 'Walk Free Foundation', 'ngo', json_array('WFF')),
  ('Transparency International', 'Transparency International', 'ngo', json_array()),
  ('Yayasan Kesejahteraan Anak Indonesia', 'Indonesian Child Welfare Foundation', 'ngo', json_array()),
  ('The Body Shop', 'The Body Shop', 'other', json_array()),
  ('CPP', 'Cambodian People''s Party', 'group', json_array('Cambodian People''s Party', 'Partai Rakyat Kamboja')),
  -- Intergovernmental organisations
  ('PBB', 'United Nations', 'igo', json_array('Perserikatan Bangsa-Bangsa', 'United Nations', 'UN')),
  ('UNODC', 'United Nations Office on Drugs and Crime', 'igo', json_array(
    'United Nations Office on Drugs and Crime', 'Kantor PBB untuk Pengendalian Narkoba dan Pencegahan Kejahatan')),
  ('UNICEF', 'United Nations Children''s Fund', 'igo', json_array('United Nations Children''s Fund')),
  ('UNDP', 'United Nations Development Programme', 'igo', json_array()),
  ('OHCHR', 'Office of the United Nations High Commissioner for Human Rights', 'igo', json_array('OHCHR Cambodia Country Office')),
  ('ILO', 'International Labour Organization', 'igo', json_array()),
  ('IOM', 'International Organization for Migration', 'igo', json_array('International Organization for Migration')),
  ('ICAT', 'Inter-Agency Coordination Group against Trafficking in Persons', 'igo',
    json_array('Inter-Agency Coordination Group against Trafficking in Persons')),
  ('UN.GIFT', 'United Nations Global Initiative to Fight Human Trafficking', 'igo',
    json_array('United Nations Global Initiative to Fight Human Trafficking')),
  ('GMG', 'Global Migration Group', 'igo', json_array('Global Migration Group')),
  ('ASEAN', 'Association of Southeast Asian Nations', 'igo', json_array('Association of Southeast Asian Nations')),
  ('Bank Dunia', 'World Bank', 'igo', json_array('World Bank')),
  -- Governments
  ('Pemerintah Indonesia', 'Government of Indonesia', 'state', json_array()),
  ('Pemerintah Kamboja', 'Government of Cambodia', 'state', json_array()),
  ('Pemerintah Laos', 'Government of Laos', 'state', json_array()),
  -- Government agencies: Indonesia
  ('Polri', 'Indonesian National Police', 'government_agency', json_array('Kepolisian RI', 'Kepolisian Nasional')),
  ('Lemdikpol', 'Indonesian National Police Education and Training Agency', 'government_agency', json_array(
    'Lembaga Pendidikan dan Pelatihan Kepolisian Nasional', 'Lembaga Pendidikan dan Pelatihan Polri')),
  ('Kementerian Pemberdayaan Perempuan dan Kesejahteraan Anak', 'Ministry of Women''s Empowerment and Child Welfare',
    'government_agency', json_array()),
  ('Kementerian Kebudayaan dan Pariwisata', 'Ministry of Culture and Tourism', 'government_agency', json_array()),
  -- Government agencies: Cambodia
  ('NCCT', 'National Committee for Counter Trafficking', 'government_agency', json_array(
    'National Committee for Counter-Trafficking', 'Komite Nasional Penanggulangan Perdagangan Orang')),
  ('AHTJP', 'Anti-Human Trafficking and Juvenile Protection Police', 'government_agency', json_array(
    'Anti-Human Trafficking and Juvenile Protection Police',
    'Polisi Antiperdagangan Orang dan Perlindungan Remaja Kamboja')),
  ('Kementerian Sosial, Veteran, dan Rehabilitasi Pemuda', 'Ministry of Social Affairs, Veterans and Youth Rehabilitation',
    'government_agency', json_array('Kementerian Sosial, Veteran dan Rehabilitasi Remaja')),
  ('Kementerian Tenaga Kerja dan Pelatihan Kejuruan', 'Ministry of Labour and Vocational Training', 'government_agency', json_array()),
  ('Kementerian Urusan Perempuan', 'Ministry of Women''s Affairs', 'government_agency', json_array('Departemen Urusan Perempuan')),
  ('Dewan Nasional Kamboja untuk Anak-anak', 'Cambodian National Council for Children', 'government_agency', json_array()),
  -- Government agencies: United States
  ('Departemen Luar Negeri Amerika Serikat', 'United States Department of State', 'government_agency', json_array(
    'Kementerian Luar Negeri Amerika Serikat', 'US DoS'));

INSERT INTO entities (canonical_name, english_name, type, created_by, created_at)
SELECT canonical_name, english_name, type, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM seed_entities;

INSERT INTO entity_aliases (entity_id, alias)
SELECT e.id, a.value
FROM seed_entities s JOIN entities e ON e.canonical_name = s.canonical_name, json_each(s.aliases) a;

DROP TABLE seed_entities;
