// All UI strings, Chinese first. Document text never passes through here: it is shown as it is.
const strings = {
  zh: {
    "app.title": "协同创新图谱",
    "lang.switch": "English",
    "tab.graph": "图谱", "tab.tasks": "任务", "tab.matrix": "责任矩阵", "tab.indicators": "指标", "tab.paths": "路径",
    "search.placeholder": "搜索高校、企业、平台、园区、单位……（支持拼音，如 kuangda）",
    "search.none": "没有找到“{q}”",
    "graph.fit": "适应屏幕", "graph.overview": "总览", "graph.filters": "筛选",
    "graph.omitted": "另有 {n} 个相邻节点未显示",
    "graph.count": "{nodes} 个节点 · {links} 条关系",
    "graph.empty": "当前筛选下没有可显示的节点",
    "graph.task": "任务 {n} 的子图",
    "filters.labels": "节点类型", "filters.types": "关系类型", "filters.all": "全选", "filters.none": "全不选",
    "filters.apply": "应用", "filters.close": "关闭",
    "export.png": "导出 PNG", "export.svg": "导出 SVG",
    "details.placeholder": "在图中点击节点，或在上方搜索，查看详情与证据原文。",
    "details.aliases": "别名：{list}",
    "details.properties": "属性", "details.tasks": "任务与职责", "details.relations": "关系与证据",
    "details.expand": "展开相邻节点", "details.hide": "在图中隐藏", "details.pathFrom": "设为路径起点", "details.pathTo": "设为路径终点",
    "details.noTasks": "没有相关任务", "details.noRelations": "没有关系",
    "details.moreEvidence": "另有 {n} 条证据",
    "details.degree": "连接数 {n}",
    "role.lead": "牵头", "role.co": "配合", "role.resp": "负责", "role.mention": "提及",
    "dir.out": "→", "dir.in": "←",
    "tasks.title": "重点任务", "tasks.hint": "点击任务查看其子图",
    "tasks.units": "责任单位", "tasks.targets": "目标", "tasks.annex": "年度安排",
    "tasks.year": "年度", "tasks.work": "工作内容",
    "matrix.title": "责任矩阵", "matrix.hint": "行：责任单位；列：任务。点击单位名查看详情",
    "matrix.sortLoad": "按任务量排序", "matrix.sortName": "按名称排序", "matrix.lead": "牵头", "matrix.co": "配合", "matrix.resp": "负责（未分主次）",
    "matrix.load": "{n} 项",
    "indicators.title": "主要指标", "indicators.atLeast": "▲ 表示“不低于”",
    "paths.title": "最短路径", "paths.from": "起点", "paths.to": "终点", "paths.maxHops": "最多跳数",
    "paths.find": "查找路径", "paths.none": "在 {n} 跳之内没有找到路径", "paths.count": "找到 {n} 条路径",
    "paths.pick": "请选择起点和终点",
    "status.error": "出错了：{msg}", "status.network": "无法连接服务器", "status.close": "关闭",
    "stats.summary": "{nodes} 个节点 · {rels} 条关系 · {docs} 份文件",
    "label.University": "高校", "label.Enterprise": "企业", "label.Platform": "平台", "label.Park": "园区",
    "label.Unit": "责任单位", "label.Industry": "产业", "label.Region": "地区", "label.Document": "文件",
    "label.Section": "章节", "label.Task": "任务", "label.AnnexTask": "年度任务", "label.Indicator": "指标",
    "label.Target": "目标", "label.Synthetic": "合成",
    "type.RESPONSIBLE_FOR": "负责", "type.MENTIONS": "提及", "type.HOSTS": "承载", "type.RELIES_ON": "依托",
    "type.PARTNERS_WITH": "合作", "type.LOCATED_IN": "位于", "type.CLUSTER_IN": "集聚于", "type.LEADS": "引领",
    "type.FOCUSES_ON": "聚焦", "type.PART_OF": "隶属", "type.SUPPORTS": "支持", "type.CO_PARTICIPATES": "共同参与",
    "prop.text": "原文", "prop.section": "章节", "prop.number": "编号", "prop.title": "标题", "prop.label": "序号",
    "prop.jurisdiction": "辖区", "prop.metric": "指标", "prop.value": "数值", "prop.unit": "单位", "prop.year": "年份",
    "prop.comparator": "比较", "prop.quote": "原句", "prop.work": "工作内容", "prop.values": "各年数值",
    "prop.atLeastYears": "不低于的年份", "prop.date": "日期", "prop.start": "起始位置", "prop.end": "结束位置", "prop.row": "行",
    "type.HAS_SECTION": "含章节", "type.HAS_TASK": "含任务", "type.HAS_TARGET": "含目标",
    "type.HAS_INDICATOR": "含指标", "type.DETAILS": "细化",
  },
  en: {
    "app.title": "Collaboration Graph",
    "lang.switch": "中文",
    "tab.graph": "Graph", "tab.tasks": "Tasks", "tab.matrix": "Responsibilities", "tab.indicators": "Indicators", "tab.paths": "Paths",
    "search.placeholder": "Search universities, enterprises, platforms, parks, units… (pinyin works: kuangda)",
    "search.none": "Nothing found for “{q}”",
    "graph.fit": "Fit", "graph.overview": "Overview", "graph.filters": "Filters",
    "graph.omitted": "{n} more neighbours not shown",
    "graph.count": "{nodes} nodes · {links} links",
    "graph.empty": "No nodes match the current filters",
    "graph.task": "Subgraph of task {n}",
    "filters.labels": "Node types", "filters.types": "Relationship types", "filters.all": "All", "filters.none": "None",
    "filters.apply": "Apply", "filters.close": "Close",
    "export.png": "Export PNG", "export.svg": "Export SVG",
    "details.placeholder": "Click a node in the graph, or search above, to see its details and the evidence quotes.",
    "details.aliases": "Also known as: {list}",
    "details.properties": "Properties", "details.tasks": "Tasks and responsibilities", "details.relations": "Relations and evidence",
    "details.expand": "Expand neighbours", "details.hide": "Hide in graph", "details.pathFrom": "Path from here", "details.pathTo": "Path to here",
    "details.noTasks": "No tasks", "details.noRelations": "No relations",
    "details.moreEvidence": "{n} more quotes",
    "details.degree": "{n} connections",
    "role.lead": "lead", "role.co": "co", "role.resp": "responsible", "role.mention": "mentioned",
    "dir.out": "→", "dir.in": "←",
    "tasks.title": "Key tasks", "tasks.hint": "Click a task to see its subgraph",
    "tasks.units": "Units", "tasks.targets": "Targets", "tasks.annex": "Annual plan",
    "tasks.year": "Year", "tasks.work": "Work",
    "matrix.title": "Responsibility matrix", "matrix.hint": "Rows: units; columns: tasks. Click a unit for details",
    "matrix.sortLoad": "Sort by load", "matrix.sortName": "Sort by name", "matrix.lead": "lead", "matrix.co": "co", "matrix.resp": "responsible (no lead named)",
    "matrix.load": "{n} tasks",
    "indicators.title": "Key indicators", "indicators.atLeast": "▲ marks “at least”",
    "paths.title": "Shortest paths", "paths.from": "From", "paths.to": "To", "paths.maxHops": "Max hops",
    "paths.find": "Find paths", "paths.none": "No path within {n} hops", "paths.count": "{n} paths found",
    "paths.pick": "Pick a start and an end",
    "status.error": "Something went wrong: {msg}", "status.network": "Cannot reach the server", "status.close": "Close",
    "stats.summary": "{nodes} nodes · {rels} relationships · {docs} documents",
    "label.University": "University", "label.Enterprise": "Enterprise", "label.Platform": "Platform", "label.Park": "Park",
    "label.Unit": "Unit", "label.Industry": "Industry", "label.Region": "Region", "label.Document": "Document",
    "label.Section": "Section", "label.Task": "Task", "label.AnnexTask": "Annex task", "label.Indicator": "Indicator",
    "label.Target": "Target", "label.Synthetic": "Synthetic",
    "type.RESPONSIBLE_FOR": "responsible for", "type.MENTIONS": "mentions", "type.HOSTS": "hosts", "type.RELIES_ON": "relies on",
    "type.PARTNERS_WITH": "partners with", "type.LOCATED_IN": "located in", "type.CLUSTER_IN": "clusters in", "type.LEADS": "leads",
    "type.FOCUSES_ON": "focuses on", "type.PART_OF": "part of", "type.SUPPORTS": "supports", "type.CO_PARTICIPATES": "co-participates",
    "prop.text": "text", "prop.section": "section", "prop.number": "number", "prop.title": "title", "prop.label": "label",
    "prop.jurisdiction": "jurisdiction", "prop.metric": "metric", "prop.value": "value", "prop.unit": "unit", "prop.year": "year",
    "prop.comparator": "comparator", "prop.quote": "quote", "prop.work": "work", "prop.values": "values by year",
    "prop.atLeastYears": "at-least years", "prop.date": "date", "prop.start": "start", "prop.end": "end", "prop.row": "row",
    "type.HAS_SECTION": "has section", "type.HAS_TASK": "has task", "type.HAS_TARGET": "has target",
    "type.HAS_INDICATOR": "has indicator", "type.DETAILS": "details",
  },
};

let current = "zh";
const listeners = new Set();

/** The string for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const s = strings[current][key] ?? strings.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ""));
}

export const labelName = label => t(`label.${label}`) === `label.${label}` ? label : t(`label.${label}`);
export const propName = key => t(`prop.${key}`) === `prop.${key}` ? key : t(`prop.${key}`);
export const typeName = type => t(`type.${type}`) === `type.${type}` ? type : t(`type.${type}`);

export const lang = () => current;

export function setLang(code) {
  current = strings[code] ? code : "zh";
  document.documentElement.lang = current === "zh" ? "zh-CN" : "en";
  applyTo(document);
  for (const listener of listeners) listener(current);
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** Static markup names its strings with data-i18n (text) and data-i18n-placeholder attributes. */
export function applyTo(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
}
