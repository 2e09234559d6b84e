#!/usr/bin/env python3
"""Writes Carebench's built-in report designs (bundles/org.carebench.reporting/reports/*.rptdesign).

The designs are ordinary BIRT designs that BIRT Designer opens and report authors may copy; they are generated so
that their charts share one chart model (chart-template.xml, a side-by-side bar chart) instead of repeating nine
hundred lines of chart XML each. Run it after changing this file and commit its output:
    python3 releng/reports/make-designs.py
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'bundles', 'org.carebench.reporting', 'reports')
CHART = open(os.path.join(HERE, 'chart-template.xml'), encoding='utf-8').read()

# the project/organization filter every dashboard query takes: two parameters, each bound twice
FILTER = "(CAST(? AS BIGINT) IS NULL OR project_id = ?) AND (CAST(? AS BIGINT) IS NULL OR organization_id = ?)"
FILTER_PARAMS = ['project_id', 'project_id', 'organization_id', 'organization_id']
# the Monday starting the week of a date parameter: weeks that overlap a date range count whole
WEEK_OF = "DATE({fn TIMESTAMPADD(SQL_TSI_DAY, -6, TIMESTAMP(CAST(? AS DATE), '00:00:00'))})"


class Design:
    def __init__(self, title, description):
        self.title = title
        self.description = description
        self.next_id = 10
        self.parameters = []
        self.data_sets = []
        self.body = []

    def id(self):
        self.next_id += 1
        return self.next_id

    def parameter(self, name, data_type, prompt_key, required=False, default=None):
        default_xml = ''
        if default is not None:
            default_xml = ('\n            <simple-property-list name="defaultValue"><value type="javascript">%s</value>'
                           '</simple-property-list>' % html.escape(default))
        self.parameters.append('''        <scalar-parameter name="%s" id="%d">
            <text-property name="promptText" key="%s">%s</text-property>
            <property name="valueType">static</property>
            <property name="isRequired">%s</property>
            <property name="dataType">%s</property>
            <property name="paramType">simple</property>
            <property name="controlType">text-box</property>%s
            <property name="distinct">true</property>
        </scalar-parameter>''' % (name, self.id(), prompt_key, en(prompt_key), 'true' if required else 'false',
                                   data_type, default_xml))

    def data_set(self, name, columns, sql, params=()):
        """columns: (name, birt type) of the result, in order; params: report parameter per ? in sql."""
        bindings = ''.join('''
                <structure>
                    <property name="name">p%d</property>
                    <property name="paramName">%s</property>
                    <property name="dataType">%s</property>
                    <property name="position">%d</property>
                    <property name="isInput">true</property>
                    <property name="isOutput">false</property>
                </structure>''' % (i + 1, p, PARAMETER_TYPES[p], i + 1) for i, p in enumerate(params))
        result = ''.join('''
                <structure>
                    <property name="position">%d</property>
                    <property name="name">%s</property>
                    <property name="dataType">%s</property>
                </structure>''' % (i + 1, c, t) for i, (c, t) in enumerate(columns))
        self.data_sets.append('''        <oda-data-set extensionID="org.eclipse.birt.report.data.oda.jdbc.JdbcSelectDataSet" name="%s" id="%d">
            <list-property name="parameters">%s
            </list-property>
            <structure name="cachedMetaData">
                <list-property name="resultSet">%s
                </list-property>
            </structure>
            <property name="dataSource">Carebench</property>
            <xml-property name="queryText"><![CDATA[%s]]></xml-property>
        </oda-data-set>''' % (name, self.id(), bindings, result, sql.strip()))
        self.columns = getattr(self, 'columns', {})
        self.columns[name] = columns

    def label(self, key, size='10pt', bold=False, top='0pt'):
        self.body.append('''        <label id="%d">
            <property name="fontSize">%s</property>
            <property name="fontWeight">%s</property>
            <property name="marginTop">%s</property>
            <text-property name="text" key="%s">%s</text-property>
        </label>''' % (self.id(), size, 'bold' if bold else 'normal', top, key, html.escape(en(key))))

    def bound(self, data_set):
        return ''.join('''
                <structure>
                    <property name="name">%s</property>
                    <expression name="expression">dataSetRow["%s"]</expression>
                    <property name="dataType">%s</property>
                </structure>''' % (c, c, t) for c, t in self.columns[data_set])

    def table(self, name, data_set, headers, columns, width='6in'):
        """A table of data_set's rows: one column per (header, result column)."""
        cell = '''
                    <cell id="%d">
                        %s
                    </cell>'''
        header = ''.join(cell % (self.id(), '<label id="%d"><property name="fontWeight">bold</property>'
                                            '<text-property name="text" key="%s">%s</text-property></label>'
                                 % (self.id(), h, html.escape(en(h)))) for h in headers)
        detail = ''.join(cell % (self.id(), '<data id="%d"><property name="resultSetColumn">%s</property></data>'
                                 % (self.id(), c)) for c in columns)
        self.body.append('''        <table name="%s" id="%d">
            <property name="width">%s</property>
            <property name="marginTop">6pt</property>
            <property name="dataSet">%s</property>
            <list-property name="boundDataColumns">%s
            </list-property>
            %s
            <header>
                <row id="%d">%s
                </row>
            </header>
            <detail>
                <row id="%d">%s
                </row>
            </detail>
        </table>''' % (name, self.id(), width, data_set, self.bound(data_set),
                       ''.join('<column id="%d"/>' % self.id() for _ in columns), self.id(), header, self.id(),
                       detail))

    def chart(self, name, data_set, title, category, series, width='6in', height='3in'):
        """A bar chart of data_set: category column on the x axis, one bar series per (caption, column)."""
        model = CHART.replace('<Value>Cases by status</Value>',
                              '<Value>%s=%s</Value>' % (title, html.escape(en(title))), 1)
        model = model.replace('row[&quot;STATUS&quot;]', 'row[&quot;%s&quot;]' % category)
        start = model.index('      <SeriesDefinitions>', model.index('<Type>Linear</Type>'))
        end = model.index('</SeriesDefinitions>', start) + len('</SeriesDefinitions>\n')
        value_definition = model[start:end]
        entries = re.findall(r'          <Entries xsi:type="attribute:ColorDefinition">.*?</Entries>\n',
                             value_definition, re.S)
        definitions = []
        for index, (caption, column) in enumerate(series):
            definition = value_definition.replace('row[&quot;CNT&quot;]', 'row[&quot;%s&quot;]' % column)
            definition = definition.replace('<SeriesIdentifier></SeriesIdentifier>',
                                            '<SeriesIdentifier>%s=%s</SeriesIdentifier>'
                                            % (caption, html.escape(en(caption))))
            rotated = entries[index:] + entries[:index]
            definition = definition.replace(''.join(entries), ''.join(rotated))
            definitions.append(definition)
        model = model[:start] + ''.join(definitions) + model[end:]
        self.body.append('''        <extended-item extensionName="Chart" name="%s" id="%d">
            <xml-property name="xmlRepresentation"><![CDATA[%s]]></xml-property>
            <property name="outputFormat">PNG</property>
            <property name="height">%s</property>
            <property name="width">%s</property>
            <property name="marginTop">6pt</property>
            <property name="dataSet">%s</property>
            <list-property name="boundDataColumns">%s
            </list-property>
        </extended-item>''' % (name, self.id(), model, height, width, data_set, self.bound(data_set)))

    def write(self, file_name, comment):
        text = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- %s
     Generated by releng/reports/make-designs.py. Reads the documented views of schema REPORTING (docs/reporting.md);
     the data source names no database: Carebench passes its own connection in. -->
<report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.27" id="1">
    <property name="includeResource">carebench-reports</property>
    <text-property name="title">%s</text-property>
    <text-property name="description">%s</text-property>
    <parameters>
%s
    </parameters>
    <data-sources>
        <oda-data-source extensionID="org.eclipse.birt.report.data.oda.jdbc" name="Carebench" id="2">
            <property name="odaDriverClass">org.apache.derby.jdbc.EmbeddedDriver</property>
            <property name="odaURL">jdbc:derby:carebench</property>
        </oda-data-source>
    </data-sources>
    <data-sets>
%s
    </data-sets>
    <page-setup>
        <simple-master-page name="Page" id="3">
            <property name="topMargin">0.6in</property>
            <property name="leftMargin">0.6in</property>
            <property name="bottomMargin">0.6in</property>
            <property name="rightMargin">0.6in</property>
        </simple-master-page>
    </page-setup>
    <body>
%s
    </body>
</report>
''' % (comment, html.escape(self.title), html.escape(self.description), '\n'.join(self.parameters),
       '\n'.join(self.data_sets), '\n'.join(self.body))
        with open(os.path.join(OUT, file_name), 'w', encoding='utf-8') as out:
            out.write(text)


# every text users read, by key: English, Spanish, Italian (carebench-reports*.properties in the bundle)
TEXTS = {
    'overview.title': ('Overview', 'Panel general', 'Cruscotto generale'),
    'totals.cases': ('Cases', 'Casos', 'Casi'),
    'totals.unassigned': ('Unassigned', 'Sin asignar', 'Non assegnati'),
    'totals.assigned': ('Assigned', 'Asignados', 'Assegnati'),
    'totals.closed': ('Closed', 'Cerrados', 'Chiusi'),
    'column.status': ('Status', 'Estado', 'Stato'),
    'column.project': ('Project', 'Proyecto', 'Progetto'),
    'column.open': ('Open', 'Abiertos', 'Aperti'),
    'column.week': ('Week of', 'Semana del', 'Settimana del'),
    'column.opened': ('Opened', 'Abiertos', 'Aperti'),
    'column.age': ('Age (days)', 'Antig\u00fcedad (d\u00edas)', 'Anzianit\u00e0 (giorni)'),
    'chart.status': ('Cases by status', 'Casos por estado', 'Casi per stato'),
    'chart.project': ('Cases by project', 'Casos por proyecto', 'Casi per progetto'),
    'chart.weeks': ('Opened and closed per week', 'Abiertos y cerrados por semana', 'Aperti e chiusi per settimana'),
    'chart.age': ('Open cases by age', 'Casos abiertos por antig\u00fcedad', 'Casi aperti per anzianit\u00e0'),
    'ageing.title': ('Case ageing', 'Antig\u00fcedad de los casos', 'Anzianit\u00e0 dei casi'),
    'ageing.intro': ('Open cases by days since they were opened.', 'Casos abiertos seg\u00fan los d\u00edas desde su apertura.',
                     'Casi aperti per giorni dall\'apertura.'),
    'summary.title': ('Case summary', 'Resumen del caso', 'Riepilogo del caso'),
    'column.case': ('Case', 'Caso', 'Caso'),
    'column.client': ('Client', 'Cliente', 'Assistito'),
    'column.organization': ('Organization', 'Organizaci\u00f3n', 'Organizzazione'),
    'column.assignee': ('Assigned to', 'Asignado a', 'Assegnato a'),
    'column.openedAt': ('Opened', 'Abierto', 'Aperto'),
    'column.closedAt': ('Closed', 'Cerrado', 'Chiuso'),
    'summary.notes': ('Notes', 'Notas', 'Note'),
    'column.when': ('When', 'Cu\u00e1ndo', 'Quando'),
    'column.by': ('By', 'Por', 'Da'),
    'column.note': ('Note', 'Nota', 'Nota'),
    'summary.log': ('Activity log', 'Registro de actividad', 'Registro delle attivit\u00e0'),
    'column.what': ('What', 'Qu\u00e9', 'Cosa'),
    'column.before': ('Before', 'Antes', 'Prima'),
    'column.after': ('After', 'Despu\u00e9s', 'Dopo'),
    'column.detail': ('Detail', 'Detalle', 'Dettaglio'),
    'parameter.project': ('Project', 'Proyecto', 'Progetto'),
    'parameter.organization': ('Organization', 'Organizaci\u00f3n', 'Organizzazione'),
    'parameter.from': ('From', 'Desde', 'Dal'),
    'parameter.to': ('To', 'Hasta', 'Al'),
    'parameter.case': ('Case', 'Caso', 'Caso'),
}


def en(key):
    return TEXTS[key][0]


def write_texts():
    for index, suffix in enumerate(['', '_es', '_it']):
        with open(os.path.join(OUT, 'carebench-reports%s.properties' % suffix), 'w', encoding='latin-1') as out:
            out.write('# Texts of the built-in reports; generated by releng/reports/make-designs.py\n')
            for key in sorted(TEXTS):
                text = ''.join(c if ord(c) < 128 else '\\u%04x' % ord(c) for c in TEXTS[key][index])
                out.write('%s=%s\n' % (key, text))


PARAMETER_TYPES = {'project_id': 'integer', 'organization_id': 'integer', 'from_date': 'date', 'to_date': 'date',
                   'case_id': 'integer'}


def filters(design):
    design.parameter('project_id', 'integer', 'parameter.project')
    design.parameter('organization_id', 'integer', 'parameter.organization')


def overview():
    d = Design('Overview dashboard',
               'Cases by status and project; unassigned, assigned and closed; opened versus closed per week.')
    filters(d)
    d.parameter('from_date', 'date', 'parameter.from', True, 'BirtDateTime.addWeek(BirtDateTime.today(), -12)')
    d.parameter('to_date', 'date', 'parameter.to', True, 'BirtDateTime.today()')
    d.data_set('totals', [('TOTAL', 'integer'), ('UNASSIGNED', 'integer'), ('ASSIGNED', 'integer'),
                          ('CLOSED', 'integer')], '''
SELECT COALESCE(SUM(cases), 0) AS total,
  COALESCE(SUM(CASE WHEN NOT closed AND NOT assigned THEN cases ELSE 0 END), 0) AS unassigned,
  COALESCE(SUM(CASE WHEN NOT closed AND assigned THEN cases ELSE 0 END), 0) AS assigned,
  COALESCE(SUM(CASE WHEN closed THEN cases ELSE 0 END), 0) AS closed
FROM reporting.case_counts WHERE ''' + FILTER, FILTER_PARAMS)
    d.data_set('by status', [('STATUS', 'string'), ('CASES', 'integer')], '''
SELECT status_name AS status, SUM(cases) AS cases FROM reporting.case_counts WHERE ''' + FILTER + '''
GROUP BY status_name ORDER BY status_name''', FILTER_PARAMS)
    d.data_set('by project', [('PROJECT', 'string'), ('CASES', 'integer'), ('OPEN_CASES', 'integer')], '''
SELECT project_name AS project, SUM(cases) AS cases, SUM(CASE WHEN closed THEN 0 ELSE cases END) AS open_cases
FROM reporting.case_counts WHERE ''' + FILTER + '''
GROUP BY project_name ORDER BY project_name''', FILTER_PARAMS)
    d.data_set('per week', [('WEEK', 'date'), ('OPENED', 'integer'), ('CLOSED', 'integer')], '''
SELECT week_start AS week, SUM(opened) AS opened, SUM(closed) AS closed FROM (
  SELECT opened_week_start, cases, 0 FROM reporting.case_openings
  WHERE opened_week_start >= ''' + WEEK_OF + ''' AND opened_week_start <= ? AND ''' + FILTER + '''
  UNION ALL
  SELECT closed_week_start, 0, cases FROM reporting.case_closings
  WHERE closed_week_start >= ''' + WEEK_OF + ''' AND closed_week_start <= ? AND ''' + FILTER + '''
) weeks (week_start, opened, closed) GROUP BY week_start ORDER BY week_start''', ['from_date', 'to_date'] + FILTER_PARAMS + ['from_date', 'to_date']
             + FILTER_PARAMS)
    d.label('overview.title', '16pt', True)
    d.table('Totals', 'totals', ['totals.cases', 'totals.unassigned', 'totals.assigned', 'totals.closed'],
            ['TOTAL', 'UNASSIGNED', 'ASSIGNED', 'CLOSED'])
    d.chart('StatusChart', 'by status', 'chart.status', 'STATUS', [('totals.cases', 'CASES')])
    d.table('StatusTable', 'by status', ['column.status', 'totals.cases'], ['STATUS', 'CASES'], '4in')
    d.chart('ProjectChart', 'by project', 'chart.project', 'PROJECT', [('totals.cases', 'CASES'),
                                                                          ('column.open', 'OPEN_CASES')])
    d.table('ProjectTable', 'by project', ['column.project', 'totals.cases', 'column.open'], ['PROJECT', 'CASES', 'OPEN_CASES'], '5in')
    d.chart('WeekChart', 'per week', 'chart.weeks', 'WEEK', [('column.opened', 'OPENED'),
                                                                             ('totals.closed', 'CLOSED')])
    d.table('WeekTable', 'per week', ['column.week', 'column.opened', 'totals.closed'], ['WEEK', 'OPENED', 'CLOSED'], '4in')
    d.write('overview.rptdesign', 'Overview dashboard: what the Dashboard view shows first.')


# the bucket labels sort in their order; days since opening, in any language
AGE_BUCKET = '''CASE WHEN days <= 30 THEN '0-30' WHEN days <= 90 THEN '31-90'
    WHEN days <= 180 THEN '91-180' WHEN days <= 365 THEN '181-365' ELSE '> 365' END'''


def ageing():
    d = Design('Case ageing', 'Open cases by how long they have been open, per project and status.')
    filters(d)
    inner = '''SELECT project_name, status_name,
    {fn TIMESTAMPDIFF(SQL_TSI_DAY, opened_at, CURRENT_TIMESTAMP)} AS days
  FROM reporting.cases WHERE NOT closed AND ''' + FILTER
    d.data_set('by age', [('AGE', 'string'), ('CASES', 'integer')], '''
SELECT age, COUNT(*) AS cases FROM (SELECT ''' + AGE_BUCKET + ''' AS age FROM (''' + inner + ''') c) a
GROUP BY age ORDER BY age''', FILTER_PARAMS)
    d.data_set('by project and age', [('PROJECT', 'string'), ('STATUS', 'string'), ('AGE', 'string'),
                                      ('CASES', 'integer')], '''
SELECT project_name AS project, status_name AS status, age, COUNT(*) AS cases FROM (
  SELECT project_name, status_name, ''' + AGE_BUCKET + ''' AS age FROM (''' + inner + ''') c) a
GROUP BY project_name, status_name, age ORDER BY project_name, status_name, age''', FILTER_PARAMS)
    d.label('ageing.title', '16pt', True)
    d.label('ageing.intro')
    d.chart('AgeChart', 'by age', 'chart.age', 'AGE', [('totals.cases', 'CASES')])
    d.table('AgeTable', 'by age', ['column.age', 'totals.cases'], ['AGE', 'CASES'], '4in')
    d.table('ProjectAgeTable', 'by project and age', ['column.project', 'column.status', 'column.age', 'totals.cases'],
            ['PROJECT', 'STATUS', 'AGE', 'CASES'], '6.5in')
    d.write('ageing.rptdesign', 'Case ageing: open cases by time since opening.')


def case_summary():
    d = Design('Case summary', 'One case: its details, notes and activity log.')
    d.parameter('case_id', 'integer', 'parameter.case', True)
    d.data_set('case', [('CASE_CODE', 'string'), ('CLIENT', 'string'), ('PROJECT_NAME', 'string'),
                        ('ORGANIZATION_NAME', 'string'), ('STATUS_NAME', 'string'), ('ASSIGNEE_NAME', 'string'),
                        ('OPENED_AT', 'date-time'), ('CLOSED_AT', 'date-time')], '''
SELECT case_code, COALESCE(client_first_name || ' ' || client_last_name, '-') AS client, project_name,
  organization_name, status_name, COALESCE(assignee_name, '-') AS assignee_name, opened_at, closed_at
FROM reporting.cases WHERE case_id = ?''', ['case_id'])
    d.data_set('notes', [('CREATED_AT', 'date-time'), ('AUTHOR_NAME', 'string'), ('BODY', 'string')], '''
SELECT created_at, author_name, body FROM reporting.case_notes WHERE case_id = ? ORDER BY created_at, note_id''',
               ['case_id'])
    d.data_set('events', [('OCCURRED_AT', 'date-time'), ('ACTOR_NAME', 'string'), ('ACTION', 'string'),
                          ('BEFORE_VALUE', 'string'), ('AFTER_VALUE', 'string'), ('DETAIL', 'string')], '''
SELECT occurred_at, actor_name, action, before_value, after_value, detail FROM reporting.case_events
WHERE case_id = ? ORDER BY event_id''', ['case_id'])
    d.label('summary.title', '16pt', True)
    d.table('CaseTable', 'case', ['column.case', 'column.client', 'column.project', 'column.organization',
                                  'column.status', 'column.assignee', 'column.openedAt', 'column.closedAt'],
            ['CASE_CODE', 'CLIENT', 'PROJECT_NAME', 'ORGANIZATION_NAME', 'STATUS_NAME', 'ASSIGNEE_NAME',
             'OPENED_AT', 'CLOSED_AT'], '7in')
    d.label('summary.notes', '12pt', True, '12pt')
    d.table('NoteTable', 'notes', ['column.when', 'column.by', 'column.note'], ['CREATED_AT', 'AUTHOR_NAME', 'BODY'], '7in')
    d.label('summary.log', '12pt', True, '12pt')
    d.table('EventTable', 'events', ['column.when', 'column.by', 'column.what', 'column.before', 'column.after', 'column.detail'],
            ['OCCURRED_AT', 'ACTOR_NAME', 'ACTION', 'BEFORE_VALUE', 'AFTER_VALUE', 'DETAIL'], '7in')
    d.write('case-summary.rptdesign', 'Case summary: one case on paper (details, notes, activity log).')


if __name__ == '__main__':
    write_texts()
    overview()
    ageing()
    case_summary()
